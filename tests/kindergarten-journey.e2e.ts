import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  launchChromium,
  type Platform,
  SCREENSHOTS,
  screenshot,
  startPlatform,
  watchPageProblems,
} from "./support/index.ts";

/**
 * A signed-in citizen applies for a kindergarten place on the platform's own pages: fills two pages,
 * reloads, types while offline, submits, downloads the receipt, finds the case in "My applications",
 * and sees the state the back office reports.
 */
const FORM = "kindergarten-enrolment";

let platform: Platform;
let browser: Browser;
beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ demoBackOffice: false }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Stored answers: each page's group of fields. */
type Answers = Record<string, unknown>;
const parsed = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as Answers;
const db = () => platform.server.database.db;

/** Waits until the server holds a draft of the form whose answers satisfy `check`. */
async function draftOnServer(check: (data: Answers) => boolean) {
  const started = Date.now();
  for (;;) {
    const rows = await db().selectFrom("drafts").select(["data"]).where("form_id", "=", FORM).execute();
    if (rows.some((row) => check(parsed(row.data)))) return;
    if (Date.now() - started > 15_000)
      throw new Error(`the draft never reached the server: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const yearsAgo = (years: number) => {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  return date.toISOString().slice(0, 10);
};
const nextSeptember = () => {
  const now = new Date();
  const year = now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
  return `${year}-09-01`;
};

const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const pageHeading = (page: Page, name: string) =>
  page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
const next = (page: Page) => page.getByRole("button", { name: "Continue", exact: true }).click();
const representative = (data: Answers) =>
  (data.representatives as Array<Record<string, unknown>> | undefined)?.[0];

async function fillChild(page: Page) {
  await page.getByLabel(/^Given name/).fill("Tereza");
  await page.getByLabel(/^Family name/).fill("Svobodová");
  await page.getByLabel(/^Date of birth/).fill(yearsAgo(4));
  await group(page, /^Citizenship/)
    .getByLabel("Czech Republic")
    .check();
  await page.getByLabel(/^Czech birth number/).fill("215510/1234");
  await page.getByLabel(/^Street and house number/).fill("Sluneční 118");
  await page.getByLabel(/^Town or village/).fill("Dubová");
  await page.getByLabel(/^Postal code/).fill("386 01");
}

async function fillRepresentative(page: Page) {
  await page.getByLabel(/^Given name/).fill("Jana");
  await page.getByLabel(/^Family name/).fill("Svobodová");
  await group(page, /^Relationship to the child/)
    .getByLabel("Mother")
    .check();
  await page.getByLabel(/^Date of birth/).fill("1990-03-15");
  await page.getByLabel(/^Phone/).fill("+420 777 123 456");
  await page.getByLabel(/^E-mail/).fill("jana@example.cz");
  await group(page, /^Lives at the same address as the child/)
    .getByLabel("Yes")
    .check();
}

async function fillPreferences(page: Page) {
  await group(page, /^Kindergarten(?! and)/)
    .getByLabel("MŠ Dubová, Sluneční 4")
    .check();
  await page.getByLabel(/^Requested start date/).fill(nextSeptember());
  await group(page, /^Attendance/)
    .getByLabel("Full day (6:30–16:30)")
    .check();
  await group(page, /^Does the child have special educational needs/)
    .getByLabel("No")
    .check();
  await group(page, /^Does a brother or sister/)
    .getByLabel("No")
    .check();
}

async function fillDeclarations(page: Page) {
  // Compulsory preschool: no vaccination confirmation, so no file is needed anywhere on this path.
  await group(page, /^Will the child be 5 years old/)
    .getByLabel("Yes")
    .check();
  await page.getByLabel(/^I declare that all the information given is true/).check();
  await page.getByLabel(/^I declare that the child's legal representatives have agreed/).check();
  await page.getByLabel(/^I have read the information on how personal data are processed/).check();
}

/** Offline requests fail by design; everything else counts as a problem. */
const OFFLINE = /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/;

describe("the kindergarten enrolment, signed in", () => {
  it("is filled, survives a reload and going offline, is submitted, and shows the back office's state", async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    const formUrl = `${platform.url}/dubova/forms/${FORM}`;

    // Signing in first, through the demo identity provider, and back to the form.
    await page.goto(formUrl);
    await page.getByRole("link", { name: "Sign in and continue" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Your name").fill("Jana Svobodová");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(formUrl);

    await pageHeading(page, "The child");
    await expectNoAxeViolations(page, { label: "the child page" });
    await fillChild(page);
    await screenshot(page, "kindergarten-01-child");
    await next(page);

    await pageHeading(page, "Legal representatives");
    await expectNoAxeViolations(page, { label: "the representatives page" });
    await fillRepresentative(page);
    await draftOnServer((data) => representative(data)?.email === "jana@example.cz");
    await page
      .locator(".civitas-autosave-text")
      .filter({ hasText: /Draft saved at/ })
      .waitFor();
    await screenshot(page, "kindergarten-02-representatives");

    // A reload brings back the same page and everything typed.
    await page.reload();
    await pageHeading(page, "Legal representatives");
    expect(await page.getByLabel(/^Given name/).inputValue()).toBe("Jana");
    expect(await page.getByLabel(/^Phone/).inputValue()).toBe("+420 777 123 456");
    expect(await page.getByLabel(/^E-mail/).inputValue()).toBe("jana@example.cz");
    expect(
      await group(page, /^Relationship to the child/)
        .getByLabel("Mother")
        .isChecked(),
    ).toBe(true);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await pageHeading(page, "The child");
    expect(await page.getByLabel(/^Given name/).inputValue()).toBe("Tereza");
    expect(await page.getByLabel(/^Czech birth number/).inputValue()).toBe("215510/1234");
    expect(await page.getByLabel(/^Postal code/).inputValue()).toBe("386 01");
    expect(
      await group(page, /^Citizenship/)
        .getByLabel("Czech Republic")
        .isChecked(),
    ).toBe(true);
    await next(page);
    await pageHeading(page, "Legal representatives");

    // Typing offline: kept on the device, sent once the connection is back.
    await context.setOffline(true);
    await page.getByLabel(/^Data box ID/).fill("abc1234");
    await page
      .locator(".civitas-autosave-text")
      .filter({ hasText: /You are offline/ })
      .waitFor();
    await screenshot(page, "kindergarten-03-offline");
    const whileOffline = await db().selectFrom("drafts").select("data").where("form_id", "=", FORM).execute();
    expect(whileOffline.map((row) => representative(parsed(row.data))?.dataBox)).toEqual([undefined]);
    await context.setOffline(false);
    await page
      .locator(".civitas-autosave-text")
      .filter({ hasText: /Draft saved at/ })
      .waitFor();
    await draftOnServer((data) => representative(data)?.dataBox === "abc1234");
    await next(page);

    await pageHeading(page, "Kindergarten and health");
    await expectNoAxeViolations(page, { label: "the kindergarten page" });
    await fillPreferences(page);
    await screenshot(page, "kindergarten-04-preferences");
    await next(page);

    await pageHeading(page, "Declarations and attachments");
    await expectNoAxeViolations(page, { label: "the declarations page" });
    await fillDeclarations(page);
    await screenshot(page, "kindergarten-05-declarations");
    await page.getByRole("button", { name: "Check your answers" }).click();

    await pageHeading(page, "Check your answers");
    await expectNoAxeViolations(page, { label: "the review" });
    await screenshot(page, "kindergarten-06-review");
    await page.getByRole("button", { name: "Submit application" }).click();

    // The case page: its number, its state, its receipt.
    await page.waitForURL(/\/dubova\/submissions\//);
    const caseNumberCell = page.locator(".citizen-case-number strong");
    await caseNumberCell.waitFor();
    const caseNumber = (await caseNumberCell.textContent()) ?? "";
    expect(caseNumber).toMatch(/^MS-\d{4}-\d{4}$/);
    await expect.poll(() => page.locator(".citizen-case-state").textContent()).toBe("Submitted");
    await expectNoAxeViolations(page, { label: "the case page" });
    await screenshot(page, "kindergarten-07-case");
    const caseUrl = page.url();
    const submissionId = new URL(caseUrl).pathname.split("/").pop() ?? "";

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the receipt (PDF)" }).click(),
    ]);
    const receipt = readFileSync(await download.path());
    expect(receipt.subarray(0, 5).toString()).toBe("%PDF-");
    // Kept beside the screenshots; poppler's pdfsig (where installed) finds the signature valid.
    const kept = join(SCREENSHOTS, "kindergarten-receipt.pdf");
    writeFileSync(kept, receipt);
    if (existsSync("/usr/bin/pdfsig")) {
      const report = execFileSync("/usr/bin/pdfsig", [kept], { encoding: "utf8" });
      expect(report).toContain("Signature Validation: Signature is Valid.");
      expect(report).toContain("Total document signed");
    }

    // Stored under the citizen, with what was typed offline; the draft became the submission.
    const stored = await db()
      .selectFrom("submissions")
      .selectAll()
      .where("case_number", "=", caseNumber)
      .executeTakeFirstOrThrow();
    expect(stored.id).toBe(submissionId);
    expect(stored.owner_subject).not.toBeNull();
    const data = parsed(stored.data);
    expect(data.child).toMatchObject({ givenName: "Tereza", citizenship: "cz" });
    expect(representative(data)).toMatchObject({ relationship: "mother", dataBox: "abc1234" });
    expect(data.preferences).toMatchObject({ kindergarten: "ms-slunecni", specialNeeds: "no" });
    expect(await db().selectFrom("drafts").select("id").where("form_id", "=", FORM).execute()).toEqual([]);

    // "My applications" lists the case.
    await page.goto(`${platform.url}/my`);
    await page.getByRole("heading", { level: 1, name: "My applications" }).waitFor();
    await page.getByText(caseNumber).first().waitFor();
    await expectNoAxeViolations(page, { label: "my applications" });
    await screenshot(page, "kindergarten-08-my");

    // The back office reports progress through the API, signed in as staff in a context of its own.
    const staff = await request.newContext({ baseURL: platform.url });
    const login = await staff.post("/api/v1/auth/login", { data: platform.admin });
    expect(login.status()).toBe(200);
    const changed = await staff.post(`/api/v1/organisations/dubova/submissions/${submissionId}/state`, {
      data: { state: "in-processing", note: "The head of the kindergarten is considering the application." },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    await staff.dispose();

    await page.goto(caseUrl);
    await expect.poll(() => page.locator(".citizen-case-state").textContent()).toBe("Being processed");
    await screenshot(page, "kindergarten-09-being-processed");

    expect(problems.filter((problem) => !OFFLINE.test(problem))).toEqual([]);
    await context.close();
  });
});
