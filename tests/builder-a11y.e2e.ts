import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  launchChromium,
  type Platform,
  screenshot,
  signInToBuilder,
  startPlatform,
  watchPageProblems,
} from "./support/index.ts";

/**
 * Every page of the builder passes axe (WCAG 2.1 A and AA) as the demo admin sees it: the sign-in,
 * the documents and review lists, a new document of each kind, a document of each kind in each of
 * its tabs (the form builder with a field selected, its logic and its preview), and the operations pages.
 */
const ORG = "/builder/dubova";

let platform: Platform;
let browser: Browser;
let page: Page;
let problems: string[];
beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ demoBackOffice: false }), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  problems = watchPageProblems(page);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Opens a builder page and waits until its heading is there and its requests have answered. */
async function open(path: string, heading: string | RegExp) {
  await page.goto(`${platform.url}${path}`);
  await settle(heading);
}

async function settle(heading: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await page.waitForLoadState("networkidle");
}

const check = (label: string) => expectNoAxeViolations(page, { label });

const DOCUMENTS: Array<{ kind: string; id: string }> = [
  { kind: "Service", id: "kindergarten-enrolment" },
  { kind: "LifeSituation", id: "having-a-child" },
  { kind: "Channel", id: "town-hall" },
  { kind: "Organisation", id: "dubova" },
];

describe("the builder's pages", () => {
  it("have no accessibility violations", async () => {
    await open("/builder/sign-in", "Sign in to the builder");
    await check("sign-in");
    // A refused sign-in shows its error.
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").first().waitFor();
    await check("sign-in with errors");

    await signInToBuilder(page, platform, platform.admin);
    await page.waitForLoadState("networkidle");
    await check("documents");
    await open(`${ORG}/reviews`, "Review due");
    await check("review due");

    for (const [kind, heading] of [
      ["Form", "New form"],
      ["Service", "New service"],
      ["LifeSituation", "New life situation"],
      ["Channel", "New channel"],
    ] as const) {
      await open(`${ORG}/new/${kind}`, heading);
      await check(`new ${kind}`);
    }

    // The form builder: the form, a field with its logic, a page, and the other tabs.
    await open(`${ORG}/documents/Form/kindergarten-enrolment`, /Form$/);
    const canvas = page.getByRole("region", { name: "Form", exact: true });
    await canvas.locator(".fb-row").first().waitFor();
    await check("form builder");
    await canvas.getByRole("button", { name: "Popis speciálních vzdělávacích potřeb", exact: true }).click();
    await page.getByRole("region", { name: "Properties" }).getByLabel("Label (cs)").waitFor();
    await check("form builder, a conditional field selected");
    await canvas.getByRole("button", { name: /^Page 2:/ }).click();
    await check("form builder, a page selected");
    await page.getByRole("region", { name: "Preview" }).getByRole("button", { name: "Phone" }).click();
    await check("form builder, the preview phone-wide");
    await screenshot(page, "builder-a11y-form-builder");
    for (const tab of ["Source", "Versions", "History"]) {
      await page.getByRole("tab", { name: tab, exact: true }).click();
      await page.waitForLoadState("networkidle");
      await check(`form, ${tab} tab`);
    }

    // The catalog editor of each other kind.
    for (const { kind, id } of DOCUMENTS) {
      await open(`${ORG}/documents/${kind}/${id}`, /./);
      await page.getByRole("tabpanel").locator("input, textarea").first().waitFor();
      await check(`${kind} ${id}`);
    }

    for (const [path, heading] of [
      ["users", "Users"],
      ["api-keys", "API keys"],
      ["connectors", "Connectors"],
      ["deliveries", "Deliveries"],
    ] as const) {
      await open(`${ORG}/${path}`, heading);
      await check(heading);
    }
    await open(`${ORG}/no-such-page`, "Page not found");
    await check("page not found");

    // A refused sign-in is the one failed request the pages made.
    expect(problems.filter((problem) => !/\/auth\/login|status of 4\d\d/.test(problem))).toEqual([]);
  });
});
