import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  launchChromium,
  type Platform,
  startPlatform,
  watchPageProblems,
} from "./support/index.ts";

/**
 * Every page of the demo town a citizen can open without answering anything — the catalog, each
 * service, each life situation and the first page of each e-form — in each language, passes axe
 * (WCAG 2.1 A and AA). The wizard's later pages are checked by the kindergarten journey.
 */
let platform: Platform;
let browser: Browser;
let context: BrowserContext;
let catalog: { services: { id: string }[]; lifeSituations: { id: string }[]; forms: { id: string }[] };

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ demoBackOffice: false }), launchChromium()]);
  context = await browser.newContext();
  // A signed-in citizen, so the e-forms open instead of asking to sign in.
  const signIn = await context.request.post(`${platform.url}/api/v1/citizen/demo-sign-in`, {
    data: { name: "Eliška Horáková" },
  });
  expect(signIn.status()).toBe(200);
  catalog = await (await context.request.get(`${platform.url}/api/v1/organisations/dubova/catalog`)).json();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const pagesToCheck = () => [
  "/dubova",
  ...catalog.services.map((service) => `/dubova/services/${service.id}`),
  ...catalog.lifeSituations.map((situation) => `/dubova/life-situations/${situation.id}`),
  ...catalog.forms.map((form) => `/dubova/forms/${form.id}`),
  "/my",
];

describe("the demo town's pages", () => {
  for (const lang of ["cs", "en", "lv"]) {
    it(`have no accessibility violations in ${lang}`, async () => {
      await context.addCookies([{ name: "lang", value: lang, url: platform.url }]);
      const page = await context.newPage();
      await page.addInitScript((value) => localStorage.setItem("civitas-lang", value), lang);
      const problems = watchPageProblems(page);
      const paths = pagesToCheck();
      expect(paths.length).toBe(1 + 10 + 3 + 6 + 1);
      for (const path of paths) {
        await page.goto(`${platform.url}${path}`);
        await page.locator("main h1").first().waitFor();
        // An e-form page is ready when its first field is there.
        if (path.includes("/forms/"))
          await page.locator("form input, form select, form textarea").first().waitFor();
        expect(await page.locator("html").getAttribute("lang"), path).toBe(lang);
        await expectNoAxeViolations(page, { label: `${path} (${lang})` });
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
