import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@civitas/tests",
    include: ["**/*.e2e.ts"],
    // Builds the browser bundles once for every journey.
    globalSetup: ["./support/build-bundles.ts"],
    // A journey starts a platform and a browser: slow on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One journey at a time, after the unit and server tests (the demo back office takes port 3001).
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
});
