import type { Localizer } from "@rjsf/validator-ajv8";
import { describe, expect, it } from "vitest";
import { localizeValidationErrors } from "./localize-validation-errors.ts";

type ErrorObject = NonNullable<Parameters<Localizer>[0]>[number];

/** Every keyword the demo forms' schemas use, with the parameters ajv reports. */
const PROBLEMS: Array<Pick<ErrorObject, "keyword" | "params"> & { parentSchema?: object }> = [
  {
    keyword: "required",
    params: { missingProperty: "'name'" },
    parentSchema: { properties: { name: { type: "string" } } },
  },
  {
    keyword: "required",
    params: { missingProperty: "'kind'" },
    parentSchema: { properties: { kind: { enum: ["a"] } } },
  },
  {
    keyword: "required",
    params: { missingProperty: "'scan'" },
    parentSchema: { properties: { scan: { format: "attachment" } } },
  },
  { keyword: "minLength", params: { limit: 3 } },
  { keyword: "maxLength", params: { limit: 50 } },
  { keyword: "pattern", params: { pattern: "^[0-9]{3} ?[0-9]{2}$" } },
  { keyword: "format", params: { format: "date" } },
  { keyword: "format", params: { format: "email" } },
  { keyword: "enum", params: { allowedValues: ["a", "b"] }, parentSchema: { enum: ["a", "b"] } },
  { keyword: "enum", params: { allowedValues: [true] }, parentSchema: { type: "boolean", enum: [true] } },
  { keyword: "minItems", params: { limit: 1 } },
  { keyword: "maxItems", params: { limit: 5 } },
  { keyword: "minimum", params: { limit: 1, comparison: ">=" } },
  { keyword: "maximum", params: { limit: 10, comparison: "<=" } },
  { keyword: "type", params: { type: "integer" } },
];

const messagesIn = (locale: string, problems = PROBLEMS) => {
  const errors = problems.map((problem) => ({ ...problem, instancePath: "", schemaPath: "" }) as ErrorObject);
  localizeValidationErrors(locale)(errors);
  return errors.map((error) => error.message ?? "");
};

describe("validation messages", () => {
  const english = messagesIn("en");

  it("word every keyword the forms use for the person filling the form", () => {
    expect(english).toContain("Fill in this field.");
    expect(english).toContain("Choose one of the options.");
    expect(english).toContain("Attach a file.");
    expect(english).toContain("Tick the box to confirm.");
    expect(english).toContain("Enter at least 3 characters.");
    expect(english.join(" ")).not.toMatch(/\^|must|schema|\[0-9\]/);
  });

  it.each(["cs", "lv"])("are all translated to %s, none left in English", (locale) => {
    const translated = messagesIn(locale);
    translated.forEach((message, index) => {
      expect(message, PROBLEMS[index]?.keyword).not.toBe("");
      expect(message, PROBLEMS[index]?.keyword).not.toBe(english[index]);
    });
    expect(translated.join(" ")).not.toMatch(/must|schema/);
  });

  it("use Czech plural forms", () => {
    const [two, five] = messagesIn("cs", [
      { keyword: "minLength", params: { limit: 2 } },
      { keyword: "minLength", params: { limit: 5 } },
    ]);
    expect(two).toBe("Zadejte alespoň 2 znaky.");
    expect(five).toBe("Zadejte alespoň 5 znaků.");
  });

  it("fall back to ajv-i18n's Czech for a keyword of their own they do not word", () => {
    const [message] = messagesIn("cs", [{ keyword: "uniqueItems", params: { i: 1, j: 0 } }]);
    expect(message).toMatch(/^nesmí obsahovat duplicitní prvky/);
  });
});
