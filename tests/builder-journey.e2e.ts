import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  addStaffMember,
  launchChromium,
  type Platform,
  type StaffPerson,
  screenshot,
  signInToBuilder,
  startPlatform,
  watchPageProblems,
} from "./support/index.ts";

/**
 * A new e-form goes from nothing to a citizen's case in the builder alone: an author builds a two-page
 * form with a conditional field and a repeatable group in two languages, previews it, sends it for
 * review; a reviewer approves it, a publisher publishes it; a citizen fills it in and gets a case number.
 */
const FORM = "letni-tabor";

let platform: Platform;
let browser: Browser;
let author: StaffPerson;
let reviewer: StaffPerson;
let publisher: StaffPerson;
beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ demoBackOffice: false }), launchChromium()]);
  [author, reviewer, publisher] = await Promise.all([
    addStaffMember(platform, { email: "author@dubova.example", name: "Alena Autorová", roles: ["author"] }),
    addStaffMember(platform, {
      email: "reviewer@dubova.example",
      name: "Radek Revizor",
      roles: ["reviewer"],
    }),
    addStaffMember(platform, {
      email: "publisher@dubova.example",
      name: "Petra Vydavatelová",
      roles: ["publisher"],
    }),
  ]);
});
afterEach(async (test) => {
  if (test.task.result?.state === "fail" && current && !current.isClosed())
    await screenshot(current, "builder-journey-failed");
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Waits long: the machine may be busy with other builds and browsers. */
const LONG = { timeout: 30_000 };

const panel = (page: Page) => page.getByRole("region", { name: "Properties" });
const preview = (page: Page) => page.getByRole("region", { name: "Preview" });
const canvas = (page: Page) => page.getByRole("region", { name: "Form", exact: true });
const palette = (page: Page, name: string) =>
  page.getByRole("region", { name: "Add" }).getByRole("button", { name, exact: true });

/** Types a text in both languages of a localized property ("Label", "Page title"). */
async function fillBoth(page: Page, property: string, cs: string, en: string) {
  await panel(page).getByLabel(`${property} (cs)`, { exact: true }).fill(cs);
  await panel(page).getByLabel(`${property} (en)`, { exact: true }).fill(en);
}

/** Selects a field on the canvas by its label (in the default language, Czech). */
const selectField = (page: Page, label: string) =>
  canvas(page).getByRole("button", { name: label, exact: true }).click();

/** The page in front, for a screenshot when a step fails. */
let current: Page | undefined;

async function openNewPage(browserPage: Browser, person?: StaffPerson) {
  const context = await browserPage.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  current = page;
  page.setDefaultTimeout(LONG.timeout);
  const problems = watchPageProblems(page);
  if (person) await signInToBuilder(page, platform, person);
  return { context, page, problems };
}

/** Finds the form among the documents by its state and opens it; the list names it in English. */
async function openDocument(page: Page, state: string, name = "Summer camp") {
  await page.getByLabel("State").selectOption({ label: state });
  await page.getByRole("region", { name: /^Form/ }).getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `${name} Form` }).waitFor();
}

const workflowState = (page: Page) => page.locator(".workflow-state strong");

describe("a new form, from the builder to a citizen's case", () => {
  it("is built, previewed, reviewed, published and filled in", async () => {
    // 1. The author creates the form and builds it from the palette.
    const authoring = await openNewPage(browser, author);
    const { page } = authoring;
    await page.getByRole("button", { name: "New document" }).click();
    await page.getByRole("link", { name: "New form" }).click();
    await page.getByLabel("Name (cs)").fill("Letní tábor");
    // The id is suggested from the name.
    expect(await page.getByLabel("Id", { exact: true }).inputValue()).toBe(FORM);
    await page.getByRole("button", { name: "Create form" }).click();
    await page.getByRole("heading", { level: 1, name: "Letní tábor Form" }).waitFor();
    await canvas(page).waitFor();
    // The loader's checks (in the builder's worker) find the name that is only in Czech.
    await page
      .getByRole("region", { name: /^Problems/ })
      .getByText("this text is not yet translated to `en`")
      .first()
      .waitFor(LONG);
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      "/builder/assets/local-check.js",
    ]);
    await screenshot(page, "builder-journey-01-new-form");

    // The form's name and the first page's title in English too.
    await fillBoth(page, "Form name", "Letní tábor", "Summer camp");
    await canvas(page)
      .getByRole("button", { name: /^Page 1:/ })
      .click();
    await fillBoth(page, "Page title", "Zákonný zástupce", "Parent");

    // Page 1: the ready-made full name, a yes/no question and a text shown only after "yes".
    await selectField(page, "Jméno a příjmení");
    await fillBoth(page, "Label", "Jméno a příjmení", "Full name");
    await palette(page, "Yes / no").click();
    await fillBoth(page, "Label", "Potřebujete svoz autobusem?", "Do you need the bus?");
    await palette(page, "Text").click();
    await fillBoth(page, "Label", "Zastávka autobusu", "Bus stop");
    const showWhen = panel(page).getByRole("group", { name: "Show this field only when…" });
    await showWhen.getByRole("button", { name: "Add condition" }).click();
    await showWhen.getByLabel("Condition 1: field").selectOption("yesNo1");
    await showWhen.getByLabel("Condition 1: value").selectOption("yes");
    await canvas(page)
      .getByRole("listitem")
      .filter({ hasText: "Zastávka autobusu" })
      .getByText("conditional")
      .waitFor();

    // Page 2: a repeatable group of the children, each with a name.
    await palette(page, "Page").click();
    await fillBoth(page, "Page title", "Děti", "Children");
    await palette(page, "Repeatable group").click();
    await fillBoth(page, "Label", "Dítě", "Child");
    await canvas(page)
      .getByRole("list", { name: "Fields of Dítě" })
      .getByRole("button", { name: "Text 1", exact: true })
      .click();
    await fillBoth(page, "Label", "Jméno dítěte", "Child's name");
    // A new page comes with a text field of its own (a page needs a field); the group replaces it.
    await selectField(page, "Text 2");
    await panel(page).getByRole("button", { name: "Remove field" }).click();
    await expectHidden(canvas(page).getByRole("button", { name: "Text 2", exact: true }));
    await screenshot(page, "builder-journey-02-built");

    await page.getByRole("toolbar", { name: "Editing" }).getByRole("button", { name: "Save" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor(LONG);

    // 2. The preview, in both languages; the conditional field only after "yes".
    const shown = preview(page);
    await shown.scrollIntoViewIfNeeded();
    await shown.getByRole("heading", { name: "Zákonný zástupce" }).waitFor();
    await shown.getByLabel(/^Jméno a příjmení/).waitFor();
    const vaccinated = shown.getByRole("group", { name: /^Potřebujete svoz autobusem\?/ });
    await vaccinated.waitFor();
    await expectHidden(shown.getByLabel(/^Zastávka autobusu/));
    await vaccinated.getByLabel("Ano").check();
    await shown.getByLabel(/^Zastávka autobusu/).waitFor();
    await screenshot(page, "builder-journey-03-preview-cs");

    await shown.getByLabel("Preview language").selectOption("en");
    await shown.getByRole("heading", { name: "Parent" }).waitFor();
    await shown.getByLabel(/^Full name/).waitFor();
    await expectHidden(shown.getByLabel(/^Jméno a příjmení/));
    const vaccinatedEn = shown.getByRole("group", { name: /^Do you need the bus\?/ });
    await vaccinatedEn.waitFor();
    if (!(await vaccinatedEn.getByLabel("Yes").isChecked())) await vaccinatedEn.getByLabel("Yes").check();
    await shown.getByLabel(/^Bus stop/).waitFor();
    await vaccinatedEn.getByLabel("No").check();
    await expectHidden(shown.getByLabel(/^Bus stop/));
    await screenshot(page, "builder-journey-04-preview-en");

    // 3. Sent for review; the author cannot approve it.
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByRole("status").filter({ hasText: "Sent for review." }).waitFor(LONG);
    await expect.poll(() => workflowState(page).textContent(), LONG).toBe("In review");
    expect(await page.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await screenshot(page, "builder-journey-05-in-review");
    expect(authoring.problems).toEqual([]);
    await authoring.context.close();

    // 4. The reviewer approves it.
    const reviewing = await openNewPage(browser, reviewer);
    await openDocument(reviewing.page, "In review");
    await expect.poll(() => workflowState(reviewing.page).textContent(), LONG).toBe("In review");
    // A reviewer reads the form and tries its preview, but cannot change it.
    await canvas(reviewing.page).getByRole("button", { name: "Zastávka autobusu", exact: true }).click();
    expect(await panel(reviewing.page).getByLabel("Label (cs)", { exact: true }).isDisabled()).toBe(true);
    expect(await reviewing.page.getByRole("region", { name: "Add" }).count()).toBe(0);
    await preview(reviewing.page)
      .getByLabel(/^Jméno a příjmení/)
      .fill("Zkouška");
    await reviewing.page.getByRole("button", { name: "Approve" }).click();
    await reviewing.page.getByRole("status").filter({ hasText: "Approved." }).waitFor(LONG);
    await expect.poll(() => workflowState(reviewing.page).textContent(), LONG).toBe("Approved");
    await screenshot(reviewing.page, "builder-journey-06-approved");
    expect(reviewing.problems).toEqual([]);
    await reviewing.context.close();

    // 5. The publisher publishes it.
    const publishing = await openNewPage(browser, publisher);
    await openDocument(publishing.page, "Approved");
    await publishing.page.getByRole("button", { name: "Publish now" }).click();
    await publishing.page.getByRole("status").filter({ hasText: "Published." }).waitFor(LONG);
    await expect
      .poll(() => publishing.page.locator(".workflow-state").textContent(), LONG)
      .toMatch(/latest version v1/);
    const citizenLink = publishing.page.getByRole("link", {
      name: /^See the published version as citizens do/,
    });
    expect(await citizenLink.getAttribute("href")).toBe(`/dubova/forms/${FORM}`);
    await screenshot(publishing.page, "builder-journey-07-published");
    expect(publishing.problems).toEqual([]);
    await publishing.context.close();

    // 6. A citizen signs in, fills both pages and submits.
    const citizen = await openNewPage(browser);
    const form = citizen.page;
    const formUrl = `${platform.url}/dubova/forms/${FORM}`;
    await form.goto(formUrl);
    await form.getByRole("link", { name: "Sign in and continue" }).click();
    await form.waitForURL(/\/sign-in/);
    await form.getByLabel("Your name").fill("Jan Novák");
    await form.getByRole("button", { name: "Sign in", exact: true }).click();
    await form.waitForURL(formUrl);

    await form.getByRole("heading", { level: 2, name: "Parent", exact: true }).waitFor();
    await form.getByLabel(/^Full name/).fill("Jan Novák");
    await expectHidden(form.getByLabel(/^Bus stop/));
    await form
      .getByRole("group", { name: /^Do you need the bus\?/ })
      .getByLabel("Yes")
      .check();
    await form.getByLabel(/^Bus stop/).fill("Náměstí Míru");
    await screenshot(form, "builder-journey-08-citizen-page-1");
    await form.getByRole("button", { name: "Continue", exact: true }).click();

    await form.getByRole("heading", { level: 2, name: "Children", exact: true }).waitFor();
    await form
      .getByRole("group", { name: /^Child 1/ })
      .getByLabel(/^Child's name/)
      .fill("Tomáš");
    await form.getByRole("button", { name: "Add another: Child" }).click();
    await form
      .getByRole("group", { name: /^Child 2/ })
      .getByLabel(/^Child's name/)
      .fill("Eliška");
    await screenshot(form, "builder-journey-09-citizen-page-2");
    await form.getByRole("button", { name: "Check your answers" }).click();

    await form.getByRole("heading", { level: 2, name: "Check your answers", exact: true }).waitFor();
    await form.getByText("Náměstí Míru").first().waitFor();
    await form.getByText("Eliška").first().waitFor();
    await screenshot(form, "builder-journey-10-review");
    await form.getByRole("button", { name: "Submit application" }).click();

    await form.waitForURL(/\/dubova\/submissions\//, LONG);
    const caseNumberCell = form.locator(".citizen-case-number strong");
    await caseNumberCell.waitFor();
    const caseNumber = (await caseNumberCell.textContent()) ?? "";
    expect(caseNumber).toMatch(/^\d{4}-\d{6}$/);
    await screenshot(form, "builder-journey-11-case");

    const stored = await platform.server.database.db
      .selectFrom("submissions")
      .select(["data", "form_id"])
      .where("case_number", "=", caseNumber)
      .executeTakeFirstOrThrow();
    const data = (typeof stored.data === "string" ? JSON.parse(stored.data) : stored.data) as Record<
      string,
      unknown
    >;
    expect(stored.form_id).toBe(FORM);
    expect(data).toMatchObject({
      fullName: "Jan Novák",
      yesNo1: "yes",
      text1: "Náměstí Míru",
      items1: [{ text1: "Tomáš" }, { text1: "Eliška" }],
    });

    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  });
});

/** Passes once the locator matches nothing visible (e.g. a conditional field not shown yet). */
async function expectHidden(locator: Locator) {
  await locator.first().waitFor({ state: "hidden", ...LONG });
}
