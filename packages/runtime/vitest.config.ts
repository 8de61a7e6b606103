import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@civitas/runtime",
    // Components render into a DOM; the autosave client needs none but runs there too, unharmed.
    environment: "jsdom",
    setupFiles: ["./test/setup.ts"],
  },
});
