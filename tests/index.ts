/**
 * End-to-end journeys (`*.e2e.ts`): Playwright driving Debian's Chromium against the whole platform
 * started in-process on the embedded database, with the real `service-definitions/`. The harness is
 * in `support/`.
 */
export * from "./support/index.ts";
