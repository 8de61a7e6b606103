import { loadDefinitions } from "@civitas/definitions";
import { describe, expect, it } from "vitest";
import { buildReceiptModel, type ReceiptRow } from "./receipt-model.ts";
import { kindergartenData, kindergartenReceiptInput } from "./receipts-test-support.ts";

/** Answers in the data: strings, numbers, booleans and lists of them, not counting empty ones. */
const countAnswers = (value: unknown): number => {
  if (value === null || value === undefined || value === "") return 0;
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item === "object"))
      return value.reduce((sum, item) => sum + countAnswers(item), 0);
    return value.length > 0 ? 1 : 0;
  }
  if (typeof value === "object")
    return Object.values(value).reduce((sum: number, item) => sum + countAnswers(item), 0);
  return 1;
};
// The sample holds one hidden answer (the sibling's name).
const VISIBLE_ANSWERS = countAnswers(kindergartenData()) - 1;

const lines = (rows: ReceiptRow[]) =>
  rows.map(
    (row) =>
      `${"  ".repeat(row.depth)}${row.kind === "heading" ? "# " : ""}${row.label}${row.value ? ` = ${row.value}` : ""}`,
  );

describe("receipt model", () => {
  it("lists every answer of the kindergarten application in Czech, in the form's order", () => {
    const model = buildReceiptModel(kindergartenReceiptInput("cs"));
    const printed = lines(model.answers);
    expect(printed.slice(0, 9)).toEqual([
      "# Údaje o dítěti",
      "  Jméno = Anežka",
      "  Příjmení = Dvořáková",
      "  Datum narození = 5. března 2022",
      "  Státní občanství = Jiný stát",
      "  Doklad o oprávnění k pobytu dítěte na území ČR = povolení-k-pobytu.pdf (183,4 kB)",
      "  # Místo trvalého pobytu dítěte",
      "    Ulice a číslo popisné = Sluneční 118",
      "    Obec = Dubová",
    ]);
    expect(printed).toContain("# Zákonní zástupci dítěte");
    expect(printed).toContain("  # Zákonní zástupci dítěte – 2 z 2");
    // ui:order puts the court decision right after the relationship
    const second = printed.indexOf("  # Zákonní zástupci dítěte – 2 z 2");
    expect(printed.slice(second + 1, second + 5)).toEqual([
      "    Jméno = Pēteris",
      "    Příjmení = Bērziņš",
      "    Vztah k dítěti = Poručník nebo opatrovník",
      "    Rozhodnutí soudu o svěření dítěte do péče nebo o ustanovení poručníkem = rozsudek opatrovnictví.pdf (1,3 MB)",
    ]);
    expect(printed).toContain("      PSČ = 386 02");
    expect(printed).toContain(
      "  Mateřská škola = MŠ Dubová, Lesní 17 – odloučené pracoviště Lhota u Dubové 32",
    );
    expect(printed).toContain("  Požadovaný den nástupu = 1. září 2026");
    expect(printed).toContain(
      "  Popis speciálních vzdělávacích potřeb = Opožděný vývoj řeči; potřebuje asistenta pedagoga.\nLogopedie 2× týdně.",
    );
    expect(printed).toContain("  Další přílohy = lékařská zpráva.pdf (512 B)\nplná moc.pdf (45 kB)");
    expect(printed).toContain("  Prohlašuji, že všechny uvedené údaje jsou pravdivé. = Ano");
    expect(model.answers.filter((row) => row.kind === "answer")).toHaveLength(VISIBLE_ANSWERS);
    expect(model.submittedAtText).toBe("21. listopadu 2026 v 15:04:05 SEČ");
    expect(model.texts.receiptTitle).toBe("Potvrzení o podání");
    expect(model.attachments.map((file) => file.filename)).toContain("rozsudek opatrovnictví.pdf");
    expect(model.attachments[0]).toMatchObject({
      size: "183,4 kB",
      field: "Doklad o oprávnění k pobytu dítěte na území ČR",
    });
  });

  it("speaks English to an English-speaking citizen", () => {
    const model = buildReceiptModel(kindergartenReceiptInput("en"));
    const printed = lines(model.answers);
    expect(printed).toContain("# The child's legal representatives");
    expect(printed).toContain("  # The child's legal representatives – 1 of 2");
    expect(printed).toContain("    Relationship to the child = Mother");
    expect(printed).toContain("    Lives at the same address as the child = Yes");
    expect(printed).toContain("    Date of birth = 14 July 1990");
    expect(printed).toContain("  Citizenship = Another country");
    expect(printed).toContain("  I declare that all the information given is true. = Yes");
    expect(model.answers.filter((row) => row.kind === "answer")).toHaveLength(VISIBLE_ANSWERS);
    expect(model.submittedAtText).toBe("21 November 2026 at 15:04:05 CET");
  });

  it("leaves out hidden and unanswered fields", () => {
    const printed = lines(buildReceiptModel(kindergartenReceiptInput("en")).answers).join("\n");
    expect(printed).not.toContain("Hidden Sibling"); // siblingAttends is "no"
    expect(printed).not.toContain("Name of the brother or sister");
    expect(printed).not.toContain("Data box"); // ""
    expect(printed).not.toContain("Health limitations"); // null
    expect(printed).not.toContain("Second choice"); // missing
    // the first representative lives with the child: no address of their own
    const first = printed.slice(printed.indexOf("1 of 2"), printed.indexOf("2 of 2"));
    expect(first).not.toContain("Permanent address");
  });

  it("lists attachments only when the form asks for it", () => {
    expect(buildReceiptModel(kindergartenReceiptInput("cs", { listAttachments: false })).attachments).toEqual(
      [],
    );
  });

  it("prints multiple choices, numbers, labels it lacks and answers the form does not know", () => {
    const { bundle } = loadDefinitions([
      {
        path: "pets.yaml",
        text: `apiVersion: civitas/v1
kind: Form
metadata: { id: pets, organisation: dubova }
spec:
  name: { en: Pets }
  schema:
    type: object
    properties:
      kinds: { type: array, items: { type: string, enum: [dog, cat, hamster] }, uniqueItems: true }
      count: { type: integer }
      vaccinated: { type: boolean }
      visit: { type: string, format: date-time }
      notes: { type: array, items: { type: string } }
  texts:
    kinds:
      label: { en: Kinds of pets, cs: Druhy zvířat }
      options: { dog: { en: Dog, cs: Pes }, cat: { en: Cat, cs: Kočka } }
`,
      },
    ]);
    const form = bundle.find("Form", "dubova", "pets")?.definition.spec;
    if (!form) throw new Error("the test form does not load");
    const model = buildReceiptModel({
      ...kindergartenReceiptInput("cs"),
      form,
      fallbackLocale: "en",
      timeZone: "Europe/Riga",
      data: JSON.parse(`{
        "kinds": ["cat", "dog", "hamster"],
        "count": 1234.5,
        "vaccinated": false,
        "visit": "2026-05-01T08:30:00Z",
        "notes": ["first", "", "second"],
        "__proto__": { "polluted": true },
        "extra": { "note": "{{constructor}}" }
      }`),
    });
    expect(lines(model.answers)).toEqual([
      "Druhy zvířat = Kočka, Pes, hamster",
      "count = 1\u00a0234,5",
      "vaccinated = Ne",
      "visit = 1. května 2026 v 11:30:00 GMT+3",
      "notes = first\nsecond",
      "# __proto__",
      "  polluted = Ano",
      "# extra",
      "  note = {{constructor}}",
    ]);
  });
});
