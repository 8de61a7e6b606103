/** End-to-end journeys land here with the server and runtime (Playwright driving Debian Chromium). */
export {};
