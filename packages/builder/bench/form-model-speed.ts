/**
 * How fast the form builder's model is on a 300-field form: deriving the outline (with the previous
 * one to reuse), one property edit (a label), one structural edit (a move), and compiling the form as
 * the preview does. Prints median and p95 against the 100 ms budget for an edit to reach the screen,
 * with a baseline measured in the same run: one deep copy of the spec (what a naive edit would cost).
 *
 *   pnpm --filter @civitas/builder bench
 */
import { compileForm, type FormDocument } from "@civitas/definitions";
import { getFormOutline } from "../src/form-builder/model/form-outline.ts";
import { moveField } from "../src/form-builder/model/move-field.ts";
import { setFieldText } from "../src/form-builder/model/update-field.ts";
import { generateForm } from "./generate-form.ts";

const LANGUAGES = ["cs", "en", "lv"];
const BUDGET_MS = 100;
const KINDS = ["text", "email", "number", "date", "single-choice", "yes-no", "long-text", "phone"] as const;

function buildForm(fields: number): FormDocument {
  const { document } = generateForm({
    id: "big",
    organisation: "town",
    fields,
    perPage: 20,
    kinds: KINDS,
    languages: LANGUAGES,
  });
  return {
    ...document,
    spec: {
      ...document.spec,
      logic: [{ id: "r", when: { field: "yesNo1", equals: "yes" }, show: ["text2"], require: [] }],
    },
  };
}

function time(run: () => void, rounds: number): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const document = buildForm(300);
const outline = getFormOutline(document.spec, { language: "cs", languages: LANGUAGES });
console.log(`form: ${outline.fields.size} fields on ${outline.pages.length} pages\n`);

let n = 0;
const rows: Array<[string, { median: number; p95: number }]> = [
  ["baseline: structuredClone(spec)", time(() => structuredClone(document.spec), 50)],
  [
    "outline (first)",
    time(() => getFormOutline(document.spec, { language: "cs", languages: LANGUAGES }), 50),
  ],
  [
    "label edit + outline",
    time(() => {
      const edited = setFieldText(document, "text5", "label", "cs", `Text ${n++}`);
      getFormOutline(edited.spec, { language: "cs", languages: LANGUAGES, previous: outline });
    }, 100),
  ],
  [
    "move + outline",
    time(() => {
      const moved = moveField(document, "text5", { container: "", page: 1, index: 0 });
      getFormOutline(moved.spec, { language: "cs", languages: LANGUAGES, previous: outline });
    }, 50),
  ],
  [
    "compileForm (preview)",
    time(() => compileForm(document.spec, { locale: "en", fallbackLocale: "cs" }), 50),
  ],
  [
    "edit + outline + compileForm",
    time(() => {
      const edited = setFieldText(document, "text5", "label", "cs", `Text ${n++}`);
      getFormOutline(edited.spec, { language: "cs", languages: LANGUAGES, previous: outline });
      compileForm(edited.spec, { locale: "en", fallbackLocale: "cs" });
    }, 50),
  ],
];

console.log(`${"step".padEnd(32)} ${"median".padStart(9)} ${"p95".padStart(9)}   budget ${BUDGET_MS} ms`);
for (const [name, { median, p95 }] of rows) {
  const verdict = p95 <= BUDGET_MS ? "within" : "OVER";
  console.log(
    `${name.padEnd(32)} ${`${median.toFixed(2)} ms`.padStart(9)} ${`${p95.toFixed(2)} ms`.padStart(9)}   ${verdict} (${((p95 / BUDGET_MS) * 100).toFixed(1)}% of budget)`,
  );
}
