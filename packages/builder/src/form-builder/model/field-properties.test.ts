import { compileForm } from "@civitas/definitions";
import { describe, expect, it } from "vitest";
import { addField } from "./add-field.ts";
import { getFieldLogic, setFieldLogic, toCondition } from "./field-logic.ts";
import {
  addFieldOption,
  listFieldOptions,
  removeFieldOption,
  renameFieldOption,
  setFieldOptionTitle,
} from "./field-options.ts";
import { getSchemaAt } from "./json-tree.ts";
import { groupProblems } from "./problems-by-field.ts";
import { checkDocument, LANGUAGES, sampleForm } from "./test-support.ts";
import {
  isFieldRequired,
  listPrefillSources,
  setFieldKeyword,
  setFieldPrefill,
  setFieldRequired,
  setFieldText,
} from "./update-field.ts";

describe("field properties", () => {
  it("sets and clears a text per language", () => {
    let document = setFieldText(sampleForm(), "applicant.email", "label", "lv", "E-pasts");
    document = setFieldText(document, "applicant.email", "placeholder", "cs", "vy@example.org");
    document = setFieldText(document, "applicant.email", "help", "en", "");
    expect(document.spec.texts["applicant.email"]).toEqual({
      label: { cs: "E-mail", en: "E-mail", lv: "E-pasts" },
      help: { cs: "Pro odpověď" },
      placeholder: { cs: "vy@example.org" },
    });
    expect(checkDocument(document)).toEqual([]);
  });

  it("turns required on and off", () => {
    let document = setFieldRequired(sampleForm(), "applicant.email", true);
    expect(isFieldRequired(document.spec, "applicant.email")).toBe(true);
    expect(getSchemaAt(document.spec.schema, "applicant")?.required).toEqual(["name", "email"]);
    document = setFieldRequired(document, "applicant", false);
    expect(document.spec.schema.required).toBeUndefined();
    expect(checkDocument(document)).toEqual([]);
  });

  it("sets validation keywords and a default, and removes them again", () => {
    let document = setFieldKeyword(sampleForm(), "applicant.name", "maxLength", 60);
    document = setFieldKeyword(document, "dogs", "maxItems", 5);
    document = setFieldKeyword(document, "hasDog", "default", "no");
    expect(getSchemaAt(document.spec.schema, "applicant.name")).toEqual({
      type: "string",
      minLength: 1,
      maxLength: 60,
    });
    expect(getSchemaAt(document.spec.schema, "dogs")).toMatchObject({ minItems: 1, maxItems: 5 });
    expect(checkDocument(document)).toEqual([]);
    document = setFieldKeyword(document, "applicant.name", "minLength", undefined);
    expect(getSchemaAt(document.spec.schema, "applicant.name")).toEqual({ type: "string", maxLength: 60 });
  });

  it("offers the prefill sources that fit the field and writes them", () => {
    const { spec } = sampleForm();
    expect(listPrefillSources(spec, "applicant.email")).toContain("identity.email");
    expect(listPrefillSources(spec, "applicant.email")).not.toContain("identity.address");
    expect(listPrefillSources(spec, "applicant")).toEqual(["identity.address"]);
    expect(listPrefillSources(spec, "dogs[].name")).toEqual([]);
    expect(listPrefillSources(spec, "hasDog")).toEqual([]);
    const document = setFieldPrefill(sampleForm(), "applicant.email", undefined);
    expect(document.spec.prefill).toEqual({ "applicant.name": "identity.fullName" });
  });
});

describe("choices", () => {
  it("adds, titles, renames and removes choices; logic and defaults follow", () => {
    let document = addFieldOption(sampleForm(), "hasDog", "maybe", { cs: "Možná" });
    document = setFieldOptionTitle(document, "hasDog", "maybe", "en", "Maybe");
    expect(listFieldOptions(document.spec, "hasDog")).toEqual(["yes", "no", "maybe"]);
    expect(document.spec.texts.hasDog?.options?.maybe).toEqual({ cs: "Možná", en: "Maybe" });
    document = setFieldKeyword(document, "hasDog", "default", "yes");
    document = renameFieldOption(document, "hasDog", "yes", "dog");
    expect(document.spec.logic[0]?.when).toEqual({ field: "hasDog", equals: "dog" });
    expect(document.spec.texts.hasDog?.options?.dog).toEqual({ cs: "Ano", en: "Yes", lv: "Jā" });
    expect(getSchemaAt(document.spec.schema, "hasDog")?.default).toBe("dog");
    expect(checkDocument(document)).toEqual([]);
    document = removeFieldOption(document, "hasDog", "dog");
    expect(document.spec.logic.map((rule) => rule.id)).toEqual(["chip"]);
    expect(getSchemaAt(document.spec.schema, "hasDog")?.default).toBeUndefined();
    expect(document.spec.submission.routes[0]?.when).toEqual({
      all: [{ field: "applicant.email", filled: true }],
    });
    expect(checkDocument(document)).toEqual([]);
  });

  it("edits a multiple choice's items", () => {
    const added = addField(sampleForm(), {
      kind: "multiple-choice",
      container: "",
      page: 0,
      languages: LANGUAGES,
    });
    const document = addFieldOption(added.document, added.path, "option3", { cs: "Možnost 3" });
    expect(getSchemaAt(document.spec.schema, `${added.path}[]`)?.enum).toEqual([
      "option1",
      "option2",
      "option3",
    ]);
    expect(checkDocument(document)).toEqual([]);
  });
});

describe("field logic", () => {
  it("reads a rule and writes the field its own rule, as logic only", () => {
    expect(getFieldLogic(sampleForm().spec, "dogs", "show")).toEqual({
      logic: { match: "all", conditions: [{ field: "hasDog", operator: "equals", value: "yes" }] },
      editable: true,
    });
    const document = setFieldLogic(sampleForm(), "applicant.email", "require", {
      match: "any",
      conditions: [
        { field: "hasDog", operator: "equals", value: "yes" },
        { field: "applicant.name", operator: "filled", value: true },
        { field: "", operator: "equals", value: undefined },
      ],
    });
    expect(document.spec.logic[2]).toEqual({
      id: "require-applicant-email",
      when: {
        any: [
          { field: "hasDog", equals: "yes" },
          { field: "applicant.name", filled: true },
        ],
      },
      show: [],
      require: ["applicant.email"],
    });
    expect(JSON.stringify(document.spec.schema)).not.toContain('"if"');
    expect(checkDocument(document)).toEqual([]);
    const compiled = compileForm(document.spec, { locale: "en" });
    expect(JSON.stringify(compiled.schema)).toContain('"if"');
  });

  it("takes a field out of a shared rule and removes a rule left without targets", () => {
    let document = setFieldLogic(sampleForm(), "proof", "require", {
      match: "all",
      conditions: [{ field: "hasDog", operator: "equals", value: "no" }],
    });
    expect(document.spec.logic.map((rule) => [rule.id, rule.show, rule.require])).toEqual([
      ["dogs-shown", ["dogs"], []],
      ["require-proof", [], ["proof"]],
      ["chip", ["dogs[].chipNumber"], []],
    ]);
    document = setFieldLogic(document, "dogs", "show", null);
    expect(document.spec.logic.map((rule) => rule.id)).toEqual(["require-proof", "chip"]);
    expect(checkDocument(document)).toEqual([]);
  });

  it("writes one test without a group and nothing for incomplete rows", () => {
    expect(
      toCondition({ match: "any", conditions: [{ field: "a", operator: "greaterThan", value: 3 }] }),
    ).toEqual({
      field: "a",
      greaterThan: 3,
    });
    expect(
      toCondition({ match: "all", conditions: [{ field: "a", operator: "in", value: [] }] }),
    ).toBeUndefined();
  });
});

describe("groupProblems", () => {
  it("sorts problems to the fields and pages their pointers name", () => {
    const { spec } = sampleForm();
    const paths = new Set(["applicant.email", "dogs", "dogs[].name", "proof", "hasDog"]);
    const problem = (pointer: string) => ({
      severity: "error" as const,
      message: pointer,
      pointer,
      code: "x",
    });
    const grouped = groupProblems(spec, paths, [
      problem("/spec/texts/applicant.email/label/lv"),
      problem("/spec/schema/properties/dogs/items/properties/name"),
      problem("/spec/logic/0/when"),
      problem("/spec/uiSchema/hasDog/ui:widget"),
      problem("/spec/pages/1/title"),
      problem("/spec/name"),
      problem("/spec/texts/gone"),
    ]);
    expect(grouped.byField.get("applicant.email")?.length).toBe(1);
    expect(grouped.byField.get("dogs[].name")?.length).toBe(1);
    expect(grouped.byField.get("dogs")?.map((p) => p.pointer)).toEqual(["/spec/logic/0/when"]);
    expect(grouped.byField.get("proof")?.map((p) => p.pointer)).toEqual(["/spec/logic/0/when"]);
    expect(grouped.byField.get("hasDog")?.length).toBe(1);
    expect(grouped.byPage.get(1)?.length).toBe(1);
    expect(grouped.rest.map((p) => p.pointer)).toEqual(["/spec/name", "/spec/texts/gone"]);
  });
});
