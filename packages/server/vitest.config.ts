import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@civitas/server",
    // Each test file starts its own database; on a loaded 2-core machine that can take a while.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
