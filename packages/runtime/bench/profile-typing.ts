/**
 * Where the time of typing goes: a CPU profile (CDP) of keystrokes into the bench form, of an
 * unminified production build. Prints time per entry point (the keystroke's own event handling, the
 * work React schedules, the browser's rendering as "(program)"), then the functions by self and by
 * total time. A tool for finding what to fix, not a figure to compare.
 *
 *   npx tsx bench/profile-typing.ts [civitas|stock] [one-page|wizard]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { BROWSER_BUILD } from "./browser-build-options.ts";
import { createBenchForm, TYPED_FIELD, TYPED_FIELD_PAGE } from "./create-bench-form.ts";
import { serveTestPages } from "./serve-test-pages.ts";

const page = process.argv[2] === "stock" ? "stock" : "civitas";
const layout = process.argv[3] === "wizard" ? "wizard" : "one-page";
const KEYS = 60;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds per function, by self time, total time and entry point (the outermost frame). */
function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    return url
      ? `${functionName || "(anonymous)"} ${url.replace(/^.*\//, "")}:${lineNumber + 1}`
      : functionName;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const entry = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    add(self, nameOf(id), ms);
    const stack: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(at);
    const outermost = stack.at(-2) ?? id; // the frame below "(root)"
    add(entry, nameOf(outermost), ms);
    for (const name of new Set(stack.slice(0, -1).map(nameOf))) add(total, name, ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total), entry: sorted(entry) };
}

const dir = mkdtempSync(join(tmpdir(), "civitas-form-profile-"));
const server = await serveTestPages(dir);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
try {
  await build({
    ...BROWSER_BUILD,
    minify: false,
    entryPoints: {
      [page]: fileURLToPath(
        new URL(`pages/${page === "stock" ? "stock-rjsf" : page}-page.tsx`, import.meta.url),
      ),
    },
    outdir: dir,
  });
  const tab = await browser.newPage();
  await tab.goto(
    server.urlOf(page, {
      spec: createBenchForm(layout),
      locale: "cs",
      typedField: TYPED_FIELD,
      typedFieldId: `root_${TYPED_FIELD}`,
      ...(layout === "wizard" ? { initialPage: TYPED_FIELD_PAGE } : {}),
    }),
  );
  await tab.waitForFunction(() => window.bench?.painted !== undefined);
  await tab.click(`#root_${TYPED_FIELD}`);
  await tab.waitForTimeout(500);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  for (let i = 0; i < KEYS; i++) {
    await tab.keyboard.press("a");
    await tab.waitForTimeout(50);
  }
  await tab.waitForTimeout(1000);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
  const { self, total, entry } = summarize(profile);
  const line = ([name, ms]: [string, number]) =>
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${(ms / KEYS).toFixed(2).padStart(6)} a key  ${name}`);
  console.log(`${page}, ${layout}: ${KEYS} keystrokes, 50 ms apart\nby entry point:`);
  entry.slice(0, 8).forEach(line);
  console.log("by self time:");
  self
    .filter(([name]) => !name.startsWith("("))
    .slice(0, 25)
    .forEach(line);
  console.log("by total time:");
  total.slice(0, 40).forEach(line);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
