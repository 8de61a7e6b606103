import type { Browser, Page } from "playwright-core";
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
 * An author edits the demo kindergarten form as YAML: the visual editor follows, undo and redo step
 * through the edit in both views, a syntax error is located and changes nothing; a reload finds the
 * edit saved, and one the server never got is offered back from the browser's copy.
 */
const FORM_PAGE = "/builder/dubova/documents/Form/kindergarten-enrolment";

let platform: Platform;
let browser: Browser;
let author: StaffPerson;
let page: Page;
let problems: string[];
beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ demoBackOffice: false }), launchChromium()]);
  author = await addStaffMember(platform, {
    email: "source.author@dubova.example",
    name: "Simona Zdrojová",
    roles: ["author"],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  problems = watchPageProblems(page);
});
afterEach(async (test) => {
  if (test.task.result?.state === "fail" && page && !page.isClosed())
    await screenshot(page, "builder-source-failed");
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const tab = (name: string) => page.getByRole("tab", { name, exact: true });
const source = () => page.getByRole("textbox", { name: "Source (YAML)" });
const canvas = () => page.getByRole("region", { name: "Form", exact: true });
/** A field of the child's details on the canvas, by its label in Czech. */
const canvasField = (label: string) =>
  canvas()
    .getByRole("list", { name: "Fields of Údaje o dítěti" })
    .getByRole("button", { name: label, exact: true });
const toolbarButton = (name: string) =>
  page.getByRole("toolbar", { name: "Editing" }).getByRole("button", { name, exact: true });

async function expectGone(locator: ReturnType<Page["locator"]>) {
  await expect.poll(() => locator.count()).toBe(0);
}

describe("the source tab of a form", () => {
  it("is two-way with the visual editor, and undo restores", async () => {
    await signInToBuilder(page, platform, author);
    await page.goto(`${platform.url}${FORM_PAGE}`);
    await page.getByRole("heading", { level: 1, name: /Form$/ }).waitFor();
    await canvasField("Datum narození").waitFor();

    // The label of the child's date of birth, renamed in the YAML.
    await tab("Source").click();
    const before = await source().inputValue();
    expect(before).toContain("cs: Datum narození\n");
    await source().fill(before.replace("cs: Datum narození\n", "cs: Datum narození dítěte\n"));
    await screenshot(page, "builder-source-01-edited");

    await tab("Edit").click();
    await canvasField("Datum narození dítěte").waitFor();
    await expectGone(canvasField("Datum narození"));

    // Undo takes the edit back in both views; redo brings it again.
    await toolbarButton("Undo").click();
    await canvasField("Datum narození").waitFor();
    await tab("Source").click();
    expect(await source().inputValue()).toBe(before);
    await toolbarButton("Redo").click();
    await expect.poll(() => source().inputValue()).toContain("cs: Datum narození dítěte\n");

    // A syntax error is shown at its line and leaves the document as it was.
    const edited = await source().inputValue();
    await source().fill(`${edited}spec: [unclosed\n`);
    await page
      .getByRole("button", { name: /^Error at line \d+, column \d+: Not valid YAML/ })
      .first()
      .waitFor();
    expect(await source().getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "builder-source-02-syntax-error");
    await tab("Edit").click();
    await canvasField("Datum narození dítěte").waitFor();
    await tab("Source").click();
    await source().fill(edited);
    await page.getByRole("heading", { name: /^(No problems|Problems \(\d+\))$/ }).waitFor();

    // Nothing typed is lost on reload: the edit was saved as the working copy by itself ...
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await page.reload();
    await canvasField("Datum narození dítěte").waitFor();

    // ... and one the server never got is kept in the browser and offered back.
    expect(problems).toEqual([]);
    await page.route(/\/working-copy$/, (route) => route.abort());
    await tab("Source").click();
    const saved = await source().inputValue();
    expect(saved).toContain("cs: Příjmení\n");
    await source().fill(saved.replace("cs: Příjmení\n", "cs: Příjmení dítěte\n"));
    await page
      .getByRole("status")
      .filter({ hasText: /^Not saved/ })
      .waitFor();
    await page.unroute(/\/working-copy$/);
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "You have unsaved changes" }).waitFor();
    await page.getByRole("button", { name: "Restore", exact: true }).click();
    await canvasField("Příjmení dítěte").waitFor();
    await screenshot(page, "builder-source-03-restored");
    // The saves refused on purpose are the only failed requests since.
    expect(problems.filter((problem) => !/\/working-copy|net::ERR_FAILED/.test(problem))).toEqual([]);
  });
});
