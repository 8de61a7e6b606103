import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  launchChromium,
  type Platform,
  type StaticSite,
  screenshot,
  serveStaticSite,
  startPlatform,
  watchPageProblems,
} from "./support/index.ts";

/**
 * A municipality's portal — another site, with CSS of its own that would wreck any form it touched —
 * embeds the public event notification with the platform's script. A visitor fills it in there,
 * reloads halfway, finishes it and gets the case number and the signed receipt.
 */
const FORM = "public-event-notification";

/** A portal's styles at their worst: every one of them would break the form if it reached inside. */
const HOSTILE_CSS = `
  html { font-size: 10px; }
  * { font-family: "Courier New", monospace !important; text-transform: uppercase; letter-spacing: 0.2em;
      line-height: 3 !important; box-sizing: content-box !important; }
  body { background: #202020; color: #f0f0f0; margin: 0; padding: 2rem; }
  h1, h2, p, legend, label { color: #ffcc00 !important; font-size: 40px; }
  input, select, textarea, button { all: unset; border: 0 !important; width: 5px !important; }
  button, fieldset, .civitas-form, .civitas-button { display: none !important; }
  div { display: flex; flex-direction: row-reverse; gap: 3rem; }
  civitas-form { display: block; margin: 2rem 0; max-width: 60rem; }
`;

const portalPage = (platform: string, element: string) => `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>Město Dubová – ohlášení akce</title>
<style>${HOSTILE_CSS}</style>
<script type="module" src="${platform}/assets/embed.js"></script>
</head>
<body>
<header><h1>Město Dubová</h1><p id="portal-text" class="civitas-form-title">Zpravodaj města</p></header>
<main>${element}</main>
</body>
</html>`;

let platform: Platform;
let portal: StaticSite;
let browser: Browser;
beforeAll(async () => {
  // The portal first, so that the platform can be told to let it (and only it) embed forms.
  const pages: Record<string, string> = {};
  [portal, browser] = await Promise.all([serveStaticSite(pages), launchChromium()]);
  platform = await startPlatform({ demoBackOffice: false, env: { EMBED_ORIGINS: portal.url } });
  pages["/"] = portalPage(
    platform.url,
    `<civitas-form organisation="dubova" form="${FORM}" lang="cs"></civitas-form>`,
  );
  pages["/kindergarten"] = portalPage(
    platform.url,
    `<civitas-form organisation="dubova" form="kindergarten-enrolment" lang="en"></civitas-form>`,
  );
  pages["/iframe"] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal with an iframe</title>
    <style>${HOSTILE_CSS}</style></head><body><h1>Events</h1>
    <iframe title="Notification of a public event" style="width:100%;height:1400px;border:0"
      src="${platform.url}/embed/dubova/forms/${FORM}?lang=en"></iframe></body></html>`;
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await platform?.stop();
});

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** Stored answers: each page's group of fields. */
type Answers = Record<string, Record<string, unknown> | undefined>;
const parsed = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as Answers;
const db = () => platform.server.database.db;

async function openPortal(context: BrowserContext, path = "/") {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(`${portal.url}${path}`);
  return { page, problems, form: page.locator("civitas-form") };
}

const group = (form: Locator, name: RegExp) => form.getByRole("group", { name });

async function fillOrganiser(form: Locator) {
  await group(form, /^Pořadatelem je/)
    .getByLabel("Fyzická osoba")
    .check();
  await form.getByLabel(/^Jméno/).fill("Adéla");
  await form.getByLabel(/^Příjmení/).fill("Nováková");
  await form.getByLabel(/^Datum narození/).fill("1985-04-12");
  await form.getByLabel(/^Ulice a číslo popisné/).fill("Náměstí Míru 1");
  await form.getByLabel(/^Obec/).fill("Dubová");
  await form.getByLabel(/^PSČ/).fill("512 01");
  await form.getByLabel(/^Odpovědná osoba/).fill("Adéla Nováková");
  await form.getByLabel(/^Telefon/).fill("+420 601 234 567");
  await form.getByLabel(/^E-mail/).fill("adela@example.cz");
}

async function fillEventRest(form: Locator) {
  await form.getByLabel(/^Druh akce/).selectOption({ label: "Festival nebo slavnost" });
  await form.getByLabel(/^Místo konání/).fill("Náměstí Míru, Dubová");
  await group(form, /^Koná se akce na veřejném prostranství/)
    .getByLabel("Ne")
    .check();
  await form.getByLabel(/^Datum začátku/).fill(inFuture(60));
  await form.getByLabel(/^Čas začátku/).fill("18:00");
  await form.getByLabel(/^Datum konce/).fill(inFuture(60));
  await form.getByLabel(/^Čas konce/).fill("23:30");
  await form.getByLabel(/^Předpokládaný počet účastníků/).fill("300");
  await form.getByLabel(/^Počet členů pořadatelské služby/).fill("4");
  await group(form, /^Hudební produkce/)
    .getByLabel("Bez hudby")
    .check();
  await group(form, /^Budou se podávat alkoholické nápoje/)
    .getByLabel("Ne")
    .check();
}

async function fillSafety(form: Locator) {
  await group(form, /^Vyžaduje akce uzavírku/)
    .getByLabel("Ne")
    .check();
  await group(form, /^Zdravotnické zajištění/)
    .getByLabel("Zdravotník nebo proškolený pořadatel")
    .check();
  await form.getByLabel(/^Situační plánek akce/).setInputFiles({
    name: "plánek.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await form.getByText("Soubor plánek.pdf je přiložen.").waitFor();
  await form.getByLabel(/^Prohlašuji, že uvedené údaje jsou pravdivé/).check();
  await form.getByLabel(/^Zavazuji se dodržet dobu nočního klidu/).check();
}

const pageHeading = (form: Locator, name: string) => form.getByRole("heading", { level: 2, name });
const next = (form: Locator) => form.getByRole("button", { name: "Pokračovat" }).click();

/** Waits until the server holds the draft's answers as `check` wants them. */
async function draftOnServer(check: (draft: { data: Answers; page: string | null }) => boolean) {
  const started = Date.now();
  for (;;) {
    const rows = await db()
      .selectFrom("drafts")
      .select(["data", "page"])
      .where("form_id", "=", FORM)
      .execute();
    if (rows.some((row) => check({ data: parsed(row.data), page: row.page }))) return;
    if (Date.now() - started > 15_000)
      throw new Error(`the draft never reached the server: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a form embedded on a portal", () => {
  it("is filled on the portal's page, survives a reload, and is submitted with a case number and receipt", async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1100, height: 900 },
    });
    const { page, problems, form } = await openPortal(context);
    await form
      .getByRole("heading", { level: 1, name: "Oznámení o konání veřejnosti přístupné akce" })
      .waitFor();

    // The portal's CSS stays outside, and the form's stays inside.
    const title = form.locator(".civitas-form-title");
    const style = (locator: Locator) =>
      locator.evaluate((node) => {
        const { fontSize, fontFamily, textTransform, display } = getComputedStyle(node);
        return { fontSize, fontFamily, textTransform, display };
      });
    const inside = await style(title);
    expect(inside.fontSize).toBe("32px");
    expect(inside.fontFamily).not.toMatch(/courier/i);
    expect(inside.textTransform).toBe("none");
    expect((await style(page.locator("#portal-text"))).fontSize).toBe("40px");
    expect(await form.getByRole("button", { name: "Pokračovat" }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, { include: "civitas-form", label: "the embed's first page" });
    await screenshot(page, "embed-01-portal-first-page");

    // Nothing is stored for a visitor who only looks.
    expect(await db().selectFrom("drafts").select("id").where("form_id", "=", FORM).execute()).toEqual([]);

    await fillOrganiser(form);
    await next(form);
    await pageHeading(form, "Akce a program").waitFor();
    await form.getByLabel(/^Název akce/).fill("Dubovské posvícení");
    await draftOnServer(({ data, page: at }) => at === "event" && data.event?.name === "Dubovské posvícení");
    await form.getByText(/Koncept uložen v/).waitFor();
    await screenshot(page, "embed-02-second-page-saved");

    // A reload brings back the page and every answer, from the draft the portal's browser remembers.
    await page.reload();
    await pageHeading(form, "Akce a program").waitFor();
    expect(await form.getByLabel(/^Název akce/).inputValue()).toBe("Dubovské posvícení");
    await form.getByRole("button", { name: "Zpět" }).click();
    await pageHeading(form, "Pořadatel").waitFor();
    expect(await form.getByLabel(/^Příjmení/).inputValue()).toBe("Nováková");
    expect(await form.getByLabel(/^E-mail/).inputValue()).toBe("adela@example.cz");
    await next(form);

    await fillEventRest(form);
    await next(form);
    await pageHeading(form, "Doprava a bezpečnost").waitFor();
    await fillSafety(form);
    await form.getByRole("button", { name: "Zkontrolovat odpovědi" }).click();
    await pageHeading(form, "Kontrola odpovědí").waitFor();
    await expectNoAxeViolations(page, { include: "civitas-form", label: "the embed's review" });
    await screenshot(page, "embed-03-review");

    await form.getByRole("button", { name: "Odeslat žádost" }).click();
    await pageHeading(form, "Žádost byla odeslána").waitFor();
    const caseNumber = (await form.locator(".civitas-embed-case strong").textContent()) ?? "";
    expect(caseNumber).toMatch(/^AK-\d{4}-\d{4}$/);
    await expectNoAxeViolations(page, { include: "civitas-form", label: "the embed's confirmation" });
    await screenshot(page, "embed-04-confirmation");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: "Stáhnout potvrzení o podání (PDF)" }).click(),
    ]);
    const receipt = readFileSync(await download.path());
    expect(receipt.subarray(0, 5).toString()).toBe("%PDF-");
    expect(download.suggestedFilename()).toBe(`${caseNumber}.pdf`);

    // The case is stored as the visitor's anonymous submission, and the draft became it.
    const stored = await db()
      .selectFrom("submissions")
      .selectAll()
      .where("case_number", "=", caseNumber)
      .executeTakeFirstOrThrow();
    expect(stored.form_id).toBe(FORM);
    expect(stored.locale).toBe("cs");
    expect(stored.owner_subject).toBeNull();
    expect(stored.resume_token_hash).not.toBeNull();
    const data = parsed(stored.data);
    expect(data.organiser).toMatchObject({ type: "person", givenName: "Adéla", familyName: "Nováková" });
    expect(data.event).toMatchObject({
      name: "Dubovské posvícení",
      kind: "festival",
      expectedAttendance: 300,
    });
    expect(data.safety?.sitePlan).toEqual(expect.any(String));
    expect(await db().selectFrom("drafts").select("id").where("form_id", "=", FORM).execute()).toEqual([]);

    // Coming back shows the case number again; the visitor may start a new notification.
    await page.reload();
    await pageHeading(form, "Žádost byla odeslána").waitFor();
    expect(await form.locator(".civitas-embed-case strong").textContent()).toBe(caseNumber);
    await form.getByRole("button", { name: "Vyplnit formulář znovu" }).click();
    await pageHeading(form, "Pořadatel").waitFor();
    expect(await form.getByLabel(/^Ulice a číslo popisné/).inputValue()).toBe("");

    expect(problems).toEqual([]);
    await context.close();
  });

  it("switches its language with the lang attribute, keeping what was typed", async () => {
    const context = await browser.newContext();
    const { page, problems, form } = await openPortal(context);
    await group(form, /^Pořadatelem je/)
      .getByLabel("Fyzická osoba")
      .check();
    await form.getByLabel(/^Jméno/).fill("Adéla");
    await page.evaluate(() => document.querySelector("civitas-form")?.setAttribute("lang", "en"));
    await form.getByRole("heading", { level: 1, name: "Notification of a public event" }).waitFor();
    expect(await form.getByLabel(/^Given name/).inputValue()).toBe("Adéla");
    expect(await form.getByRole("button", { name: "Continue" }).isVisible()).toBe(true);
    await page.evaluate(() => document.querySelector("civitas-form")?.setAttribute("lang", "lv"));
    await form.getByRole("heading", { level: 1, name: "Paziņojums par publisku pasākumu" }).waitFor();
    await form.getByRole("heading", { level: 2, name: "Rīkotājs" }).waitFor();
    expect(await form.getByLabel(/^Given name/).inputValue()).toBe("Adéla"); // no Latvian label: English
    await screenshot(page, "embed-05-latvian");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("sends a form that needs a sign-in to the platform's own page", async () => {
    const context = await browser.newContext();
    const { page, problems, form } = await openPortal(context, "/kindergarten");
    const link = form.getByRole("link", { name: "Open the form on the authority's website" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`${platform.url}/dubova/forms/kindergarten-enrolment`);
    await form.getByText(/You need to sign in to fill in this form/).waitFor();
    await expectNoAxeViolations(page, { include: "civitas-form", label: "the sign-in notice" });
    await screenshot(page, "embed-06-sign-in-needed");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("renders in the iframe fallback, saving its draft on the platform's own origin", async () => {
    // Tall enough for the whole frame: a cross-site frame is painted only where the viewport is.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1700 } });
    const { page, problems } = await openPortal(context, "/iframe");
    const frame = page.frameLocator("iframe");
    await frame.getByRole("heading", { level: 1, name: "Notification of a public event" }).waitFor();
    await frame
      .getByRole("group", { name: /^The organiser is/ })
      .getByLabel("A private person")
      .check();
    await frame.getByLabel(/^Given name/).fill("Iva");
    await frame.getByText(/Draft saved at/).waitFor();
    await draftOnServer(({ data }) => data.organiser?.givenName === "Iva");
    const inner = page.frames().find((each) => each.url().includes("/embed/"));
    if (!inner) throw new Error("the iframe did not load the embed page");
    await expectNoAxeViolations(inner, { label: "the iframe page" });
    await screenshot(page, "embed-07-iframe");
    expect(problems).toEqual([]);
    await context.close();
  });
});
