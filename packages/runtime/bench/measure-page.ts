import type { Browser, Page } from "playwright-core";
import type { BenchProbe } from "./pages/bench-probe.tsx";

export interface FirstRender {
  /** Navigation start → the page's script running. */
  scriptStart: number;
  /** Navigation start → the form's fields in the DOM. */
  inDom: number;
  /** Navigation start → the frame showing them painted. */
  painted: number;
  controls: number;
}

export interface Typing {
  /** Keydown → next paint of each keystroke, in the order typed. */
  latencies: number[];
  /** Keystrokes whose Event Timing duration (keydown → next paint, by interaction) was 16 ms or more. */
  slowInteractions: number;
  slowestInteraction: number;
}

const probe = (page: Page) => page.evaluate(() => window.bench as BenchProbe);

async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`page error on ${url}: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.bench?.painted !== undefined, null, { timeout: 120_000 });
  return { context, page };
}

/** Loads the page in a fresh context (nothing cached) and reads its first-render marks. */
export async function measureFirstRender(browser: Browser, url: string): Promise<FirstRender> {
  const { context, page } = await open(browser, url);
  const { scriptStart, inDom, painted, controls } = await probe(page);
  await context.close();
  return { scriptStart, inDom: inDom as number, painted: painted as number, controls: controls as number };
}

/**
 * Types `text` into the field, one `keyboard.press` per character with `gapMs` after each (a press
 * returns once the page has taken the key, so a slow page is never handed a pile of keys), then
 * waits until every keystroke was painted and the form handed out the whole text.
 */
export async function measureTyping(
  browser: Browser,
  url: string,
  field: { name: string; id: string },
  text: string,
  gapMs: number,
): Promise<Typing> {
  const { context, page } = await open(browser, url);
  await page.click(`#${field.id}`);
  await page.waitForTimeout(500);
  for (const char of text) {
    await page.keyboard.press(char === " " ? "Space" : char);
    await page.waitForTimeout(gapMs);
  }
  const arrived = await page
    .waitForFunction(
      ({ name, count, typed }) =>
        window.bench.keystrokes.length >= count && window.bench.data?.[name] === typed,
      { name: field.name, count: text.length, typed: text },
      { timeout: 30_000 },
    )
    .then(
      () => true,
      () => false,
    );
  const shown = await page.inputValue(`#${field.id}`);
  if (!arrived || shown !== text) {
    const { keystrokes, data } = await probe(page);
    throw new Error(
      `typed "${text}" into ${url}: ${keystrokes.length} keystrokes painted, the field shows "${shown}", ` +
        `the form has ${JSON.stringify(data?.[field.name])}`,
    );
  }
  const { keystrokes, slowEvents } = await probe(page);
  await context.close();
  const byInteraction = new Map<number, number>();
  for (const event of slowEvents)
    if (event.interactionId > 0 && event.name.startsWith("key"))
      byInteraction.set(
        event.interactionId,
        Math.max(byInteraction.get(event.interactionId) ?? 0, event.duration),
      );
  return {
    latencies: keystrokes,
    slowInteractions: byInteraction.size,
    slowestInteraction: Math.max(0, ...byInteraction.values()),
  };
}
