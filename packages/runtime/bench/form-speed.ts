/**
 * How fast the runtime renders a form of 500 fields and paints keystrokes in it, in headless Chromium,
 * against stock RJSF `<Form>` (default options, controlled `formData`) rendering the same compiled
 * schema in the same run; then the same form as a wizard of 10 pages, and the embed bundle's size.
 * Not a test: it prints figures and goals.
 *
 *   pnpm --filter @civitas/runtime bench        (Chromium at /usr/bin/chromium; BENCH_LOADS=5)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { listFormFields } from "@civitas/definitions/form";
import { chromium } from "playwright-core";
import { buildTestPages, type TestPage } from "./build-test-pages.ts";
import {
  createBenchForm,
  FIELD_COUNT,
  SECTIONS,
  TYPED_FIELD,
  TYPED_FIELD_PAGE,
} from "./create-bench-form.ts";
import { measureEmbedSize } from "./embed-size.ts";
import { type FirstRender, measureFirstRender, measureTyping, type Typing } from "./measure-page.ts";
import type { PageInput } from "./pages/bench-probe.tsx";
import { serveTestPages } from "./serve-test-pages.ts";

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const KEYSTROKES = 200;
const GAP_MS = 50;
const TEXT = "prosim o opravu chodniku v ulici lipova ".repeat(6).slice(0, KEYSTROKES);
const FIELD = { name: TYPED_FIELD, id: `root_${TYPED_FIELD}` };

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const median = (values: readonly number[]) => percentile(values, 50);
const ms = (value: number, width = 6) => `${value.toFixed(1).padStart(width)} ms`;
const goal = (met: boolean) => (met ? "met" : "MISSED");

interface Variant {
  name: string;
  page: TestPage;
  input: PageInput;
  firstRenders: FirstRender[];
  typing?: Typing;
}

const onePage = createBenchForm("one-page");
const wizard = createBenchForm("wizard");
const fields = listFormFields(onePage.schema).filter((field) => field.schema.type !== "object");
const base = { locale: "cs", typedField: FIELD.name, typedFieldId: FIELD.id };
const variants: Record<"stock" | "ours" | "wizard" | "plain", Variant> = {
  stock: {
    name: "stock RJSF <Form>, one page",
    page: "stock",
    input: { ...base, spec: onePage },
    firstRenders: [],
  },
  ours: {
    name: "CivitasForm, one page",
    page: "civitas",
    input: { ...base, spec: onePage },
    firstRenders: [],
  },
  wizard: {
    name: `CivitasForm, wizard page 5 of ${SECTIONS}`,
    page: "civitas",
    input: { ...base, spec: wizard, initialPage: TYPED_FIELD_PAGE },
    firstRenders: [],
  },
  plain: {
    name: "one plain <input> (the floor)",
    page: "plain",
    input: { ...base, spec: onePage },
    firstRenders: [],
  },
};

const dir = mkdtempSync(join(tmpdir(), "civitas-form-bench-"));
const server = await (async () => {
  await buildTestPages(dir);
  return serveTestPages(dir);
})();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const urls = new Map(
    Object.values(variants).map((variant) => [variant, server.urlOf(variant.page, variant.input)]),
  );
  console.log(
    `Chromium ${browser.version()} headless, ${cpus().length} CPUs (load ${loadavg()[0]?.toFixed(1)} at the start). A form of ${FIELD_COUNT} fields (${fields.length} leaves: ` +
      `text, long text, number, date, e-mail, choice, yes/no; ${fields.filter((f) => f.path.includes(".")).length} in groups ` +
      `up to 2 deep; ${onePage.logic.flatMap((rule) => rule.show).length} shown by ${onePage.logic.length} rules), labels cs/en, shown in cs.\n`,
  );

  // Loads alternate between the variants, so that a slower moment of the machine is shared out.
  for (let load = 0; load < LOADS; load++)
    for (const variant of Object.values(variants))
      variant.firstRenders.push(await measureFirstRender(browser, urls.get(variant) as string));
  console.log(
    `first render: navigation start → fields in the DOM → painted, median of ${LOADS} loads (no cache)`,
  );
  for (const variant of Object.values(variants)) {
    const runs = variant.firstRenders;
    console.log(
      `  ${variant.name.padEnd(36)} script ${ms(median(runs.map((r) => r.scriptStart)))}   in DOM ${ms(median(runs.map((r) => r.inDom)))}` +
        `   painted ${ms(median(runs.map((r) => r.painted)))}   ${String(runs[0]?.controls).padStart(3)} controls`,
    );
  }

  console.log(
    `\nkeystroke → next paint: ${KEYSTROKES} keystrokes into ${TYPED_FIELD} (a text field, the 250th), one keyboard.press each, ${GAP_MS} ms apart`,
  );
  for (const variant of [variants.plain, variants.stock, variants.ours, variants.wizard]) {
    variant.typing = await measureTyping(browser, urls.get(variant) as string, FIELD, TEXT, GAP_MS);
    const { latencies, slowInteractions, slowestInteraction } = variant.typing;
    console.log(
      `  ${variant.name.padEnd(36)} p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}   max ${ms(Math.max(...latencies))}` +
        `   Event Timing ≥ 16 ms: ${String(slowInteractions).padStart(3)} (longest ${slowestInteraction} ms)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const p95 = (variant: Variant) => percentile(variant.typing?.latencies ?? [], 95);
const painted = (variant: Variant) => median(variant.firstRenders.map((r) => r.painted));
const ratio = p95(variants.stock) / p95(variants.ours);
console.log(
  `\nstock / ours keystroke p95, one page:    ${ratio.toFixed(2).padStart(6)}   (goal ≥ 3: ${goal(ratio >= 3)})`,
);
console.log(
  `ours keystroke p95, one page:            ${ms(p95(variants.ours))}   (goal < 16 ms: ${goal(p95(variants.ours) < 16)})`,
);
console.log(
  `ours keystroke p95, wizard page of 50:   ${ms(p95(variants.wizard))}   (goal < 16 ms: ${goal(p95(variants.wizard) < 16)})`,
);
console.log(
  `stock / ours first render, one page:     ${(painted(variants.stock) / painted(variants.ours)).toFixed(2).padStart(6)}` +
    `   (wizard page: ${(painted(variants.stock) / painted(variants.wizard)).toFixed(2)})`,
);

const embed = await measureEmbedSize();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nembed bundle: ${embed.entry}${embed.real ? "" : " (a stand-in: src/embed/main.tsx does not exist yet)"}, built as scripts/build.ts does`,
);
for (const file of embed.files)
  console.log(`  ${file.name.padEnd(12)} ${kb(file.bytes).padStart(10)}   gzip ${kb(file.gzip).padStart(9)}`);
console.log(
  `  gzipped in all: ${kb(embed.gzipTotal)}   (goal < 250 KB: ${goal(embed.gzipTotal < 250 * 1024)})`,
);
console.log("  largest inputs (minified bytes in the bundle, before gzip), by package:");
for (const { name, bytes } of embed.byPackage.slice(0, 10))
  console.log(`    ${name.padEnd(44)} ${kb(bytes).padStart(9)}`);
console.log("  largest files:");
for (const { name, bytes } of embed.largestFiles.slice(0, 10))
  console.log(`    ${name.padEnd(70)} ${kb(bytes).padStart(9)}`);
