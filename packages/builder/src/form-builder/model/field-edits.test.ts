import { describe, expect, it } from "vitest";
import { getSchemaAt, getUiAt } from "./json-tree.ts";
import { canMoveField, moveField } from "./move-field.ts";
import { removeField } from "./remove-field.ts";
import { checkFieldKey, renameField } from "./rename-field.ts";
import { checkDocument, sampleForm } from "./test-support.ts";

describe("removeField", () => {
  it("removes a field with its texts, logic, attachments, page entry, required and route tests", () => {
    const document = removeField(sampleForm(), "hasDog");
    const { spec } = document;
    expect(spec.texts.hasDog).toBeUndefined();
    expect(spec.pages[0]?.fields).toEqual(["applicant"]);
    expect(spec.logic.map((rule) => rule.id)).toEqual(["chip"]);
    expect(spec.submission.routes[0]?.when).toEqual({ all: [{ field: "applicant.email", filled: true }] });
    expect(checkDocument(document)).toEqual([]);
  });

  it("removes a group with every field inside it and their prefill", () => {
    const document = removeField(sampleForm(), "applicant");
    expect(document.spec.prefill).toEqual({});
    expect(Object.keys(document.spec.texts).some((path) => path.startsWith("applicant"))).toBe(false);
    expect(document.spec.schema.required).toBeUndefined();
    expect(document.spec.submission.routes[0]?.when).toEqual({ all: [{ field: "hasDog", equals: "yes" }] });
    expect(checkDocument(document)).toEqual([]);
  });

  it("removes a file field's attachment rules and the rule requiring it; a page left empty goes", () => {
    let document = removeField(sampleForm(), "proof");
    expect(document.spec.attachments).toEqual({});
    expect(document.spec.logic[0]).toMatchObject({ show: ["dogs"], require: [] });
    document = removeField(document, "dogs");
    expect(document.spec.pages.map((page) => page.id)).toEqual(["applicant"]);
    expect(document.spec.logic).toEqual([]);
    expect(checkDocument(document)).toEqual([]);
  });

  it("leaves the input document as it was and shares what did not change", () => {
    const original = sampleForm();
    const copy = structuredClone(original);
    const document = removeField(original, "dogs[].chipNumber");
    expect(original).toEqual(copy);
    expect(document.spec.texts.applicant).toBe(original.spec.texts.applicant);
    expect(getSchemaAt(document.spec.schema, "applicant")).toBe(
      getSchemaAt(original.spec.schema, "applicant"),
    );
    expect(getUiAt(document.spec.uiSchema, "dogs[]")?.["ui:order"]).toEqual(["name", "chipped"]);
    expect(checkDocument(document)).toEqual([]);
  });
});

describe("renameField", () => {
  it("rewrites every reference: texts, logic, pages, uiSchema, required, attachments, prefill, routes", () => {
    let document = renameField(sampleForm(), "hasDog", "ownsDog");
    document = renameField(document, "applicant", "person");
    document = renameField(document, "proof", "evidence");
    document = renameField(document, "dogs[].chipped", "hasChip");
    const { spec } = document;
    expect(Object.keys(spec.schema.properties as object)).toEqual(["person", "ownsDog", "dogs", "evidence"]);
    expect(spec.schema.required).toEqual(["person"]);
    expect(spec.pages.map((page) => page.fields)).toEqual([
      ["person", "ownsDog"],
      ["dogs", "evidence"],
    ]);
    expect(spec.uiSchema).toEqual({
      ownsDog: { "ui:widget": "radio" },
      dogs: { items: { "ui:order": ["name", "hasChip", "chipNumber"] } },
    });
    expect(spec.texts["person.email"]?.label?.en).toBe("E-mail");
    expect(spec.texts["dogs[].hasChip"]).toBeDefined();
    expect(spec.logic.map((rule) => [rule.when, rule.show, rule.require])).toEqual([
      [{ field: "ownsDog", equals: "yes" }, ["dogs"], ["evidence"]],
      [{ field: "dogs[].hasChip", equals: "yes" }, ["dogs[].chipNumber"], []],
    ]);
    expect(spec.attachments).toEqual({ evidence: { maxSizeMb: 5, types: ["application/pdf"] } });
    expect(spec.prefill).toEqual({ "person.name": "identity.fullName", "person.email": "identity.email" });
    expect(spec.submission.routes[0]?.when).toEqual({
      all: [
        { field: "ownsDog", equals: "yes" },
        { field: "person.email", filled: true },
      ],
    });
    expect(checkDocument(document)).toEqual([]);
  });

  it("refuses keys that are not identifiers or already taken", () => {
    const { spec } = sampleForm();
    expect(checkFieldKey(spec, "hasDog", "has dog")).toMatch(/letter/);
    expect(checkFieldKey(spec, "hasDog", "dogs")).toMatch(/already/);
    expect(checkFieldKey(spec, "applicant.name", "dogs")).toBeUndefined();
    expect(() => renameField(sampleForm(), "hasDog", "proof")).toThrow(/already/);
  });
});

describe("moveField", () => {
  it("reorders within a page and moves to another page", () => {
    let document = moveField(sampleForm(), "hasDog", { container: "", page: 0, index: 0 });
    expect(document.spec.pages[0]?.fields).toEqual(["hasDog", "applicant"]);
    document = moveField(document, "proof", { container: "", page: 0, index: 1 });
    expect(document.spec.pages.map((page) => page.fields)).toEqual([
      ["hasDog", "proof", "applicant"],
      ["dogs"],
    ]);
    expect(checkDocument(document)).toEqual([]);
  });

  it("reorders inside a group through ui:order", () => {
    const document = moveField(sampleForm(), "dogs[].chipNumber", { container: "dogs[]", index: 0 });
    expect(getUiAt(document.spec.uiSchema, "dogs[]")?.["ui:order"]).toEqual([
      "chipNumber",
      "name",
      "chipped",
    ]);
    expect(checkDocument(document)).toEqual([]);
  });

  it("moves out of a group onto a page, and back in, with references following", () => {
    let document = moveField(sampleForm(), "applicant.email", { container: "", page: 1, index: 0 });
    let { spec } = document;
    expect(spec.pages[1]?.fields).toEqual(["email", "dogs", "proof"]);
    expect(spec.texts.email?.label?.en).toBe("E-mail");
    expect(spec.prefill.email).toBe("identity.email");
    expect(spec.submission.routes[0]?.when?.all?.[1]).toEqual({ field: "email", filled: true });
    expect(checkDocument(document)).toEqual([]);
    document = moveField(document, "email", { container: "applicant", index: 0 });
    spec = document.spec;
    expect(getUiAt(spec.uiSchema, "applicant")?.["ui:order"]).toEqual(["email", "name"]);
    expect(spec.prefill["applicant.email"]).toBe("identity.email");
    expect(checkDocument(document)).toEqual([]);
  });

  it("keeps `required` with the field and renames it if the new group has its key", () => {
    const document = moveField(sampleForm(), "applicant.name", { container: "dogs[]", index: 0 });
    const items = getSchemaAt(document.spec.schema, "dogs[]");
    expect(items?.required).toEqual(["name2"]);
    expect(document.spec.texts["dogs[].name2"]?.label?.en).toBe("Name");
    // Prefill does not reach into a repeatable group.
    expect(document.spec.prefill["dogs[].name2"]).toBeUndefined();
    expect(checkDocument(document)).toEqual([]);
  });

  it("drops what a repeatable group's field may no longer affect once moved out", () => {
    const document = moveField(sampleForm(), "dogs[].chipNumber", { container: "", page: 1, index: 2 });
    expect(document.spec.logic.map((rule) => rule.id)).toEqual(["dogs-shown"]);
    expect(checkDocument(document)).toEqual([]);
  });

  it("never moves a group into itself nor empties a page", () => {
    const single = removeField(sampleForm(), "hasDog");
    expect(canMoveField(single.spec, "applicant", { container: "", page: 1, index: 0 })).toBe(false);
    expect(moveField(single, "applicant", { container: "", page: 1, index: 0 })).toBe(single);
    expect(moveField(sampleForm(), "dogs", { container: "dogs[]", index: 0 }).spec.pages[1]?.fields).toEqual([
      "dogs",
      "proof",
    ]);
  });
});
