import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@civitas/builder",
    environment: "jsdom",
    setupFiles: ["./test/setup.ts"],
  },
});
