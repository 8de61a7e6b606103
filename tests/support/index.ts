export { expectNoAxeViolations, WCAG_TAGS } from "./axe.ts";
export { CHROMIUM, launchChromium, SCREENSHOTS, screenshot, watchPageProblems } from "./browser.ts";
export { addStaffMember, type StaffPerson, type StaffRole, signInToBuilder } from "./builder.ts";
export { freePort, isPortFree } from "./free-port.ts";
export { type Platform, type PlatformOptions, startPlatform } from "./start-platform.ts";
export { type StaticSite, serveStaticSite } from "./static-site.ts";
