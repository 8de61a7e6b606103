// Prints the test run's closing line ("N passed, N failed") from the JSON report Vitest writes in CI.
import { existsSync, readFileSync } from "node:fs";

const REPORT = ".vitest-report.json";
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
}
