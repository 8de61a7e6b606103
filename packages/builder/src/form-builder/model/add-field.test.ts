import { describe, expect, it } from "vitest";
import { addField } from "./add-field.ts";
import { FIELD_KINDS, type FieldKind } from "./field-kinds.ts";
import { getFormOutline } from "./form-outline.ts";
import { addInfoText, addPage, removePage } from "./form-pages.ts";
import { getSchemaAt, getUiAt } from "./json-tree.ts";
import { checkDocument, LANGUAGES, sampleForm } from "./test-support.ts";

const PALETTE_KINDS = FIELD_KINDS.filter((kind) => kind !== "checkbox" && kind !== "other");

describe("addField", () => {
  it.each(PALETTE_KINDS)("adds a %s field that loads clean and compiles", (kind: FieldKind) => {
    const { document, path } = addField(sampleForm(), {
      kind,
      container: "",
      page: 1,
      index: 1,
      languages: LANGUAGES,
    });
    expect(checkDocument(document)).toEqual([]);
    expect(document.spec.pages[1]?.fields).toEqual(["dogs", path, "proof"]);
    const outline = getFormOutline(document.spec, { language: "cs", languages: LANGUAGES });
    expect(outline.fields.get(path)?.kind).toBe(kind);
    expect(document.spec.texts[path]?.label?.cs).toMatch(/ 1$/);
  });

  it("writes what each kind needs", () => {
    const add = (kind: FieldKind) => {
      const { document, path } = addField(sampleForm(), { kind, container: "", languages: LANGUAGES });
      return {
        spec: document.spec,
        path,
        schema: getSchemaAt(document.spec.schema, path),
        ui: getUiAt(document.spec.uiSchema, path),
      };
    };
    expect(add("long-text").ui).toMatchObject({ "ui:widget": "textarea" });
    expect(add("date").schema).toEqual({ type: "string", format: "date" });
    expect(add("email").schema).toMatchObject({ format: "email" });
    expect(add("phone").schema?.pattern).toBeTypeOf("string");
    expect(add("single-choice")).toMatchObject({
      schema: { enum: ["option1", "option2"] },
      ui: { "ui:widget": "radio" },
    });
    const multiple = add("multiple-choice");
    expect(multiple.schema).toMatchObject({
      type: "array",
      uniqueItems: true,
      items: { enum: ["option1", "option2"] },
    });
    expect(multiple.ui).toEqual({ "ui:widget": "checkboxes" });
    expect(multiple.spec.texts[multiple.path]?.options?.option2).toEqual({ cs: "Možnost 2" });
    const yesNo = add("yes-no");
    expect(yesNo.schema).toEqual({ type: "string", enum: ["yes", "no"] });
    expect(yesNo.ui).toEqual({ "ui:widget": "radio", "ui:options": { inline: true } });
    expect(yesNo.spec.texts[yesNo.path]?.options?.yes).toEqual({ cs: "Ano", en: "Yes", lv: "Jā" });
    const file = add("file");
    expect(file.schema).toEqual({ type: "string", format: "attachment" });
    expect(file.spec.attachments[file.path]).toEqual({
      maxSizeMb: 10,
      types: ["application/pdf", "image/jpeg", "image/png"],
    });
    const address = add("address");
    expect(Object.keys(address.schema?.properties as object)).toEqual(["street", "city", "postalCode"]);
    expect(address.spec.texts[`${address.path}.city`]?.label).toEqual({
      cs: "Obec",
      en: "Town or village",
      lv: "Pilsēta vai pagasts",
    });
    const list = add("repeatable-group");
    expect(list.schema).toMatchObject({
      type: "array",
      minItems: 1,
      maxItems: 10,
      items: { type: "object" },
    });
    expect(list.spec.texts[`${list.path}[].text1`]?.label?.cs).toBe("Text 1");
  });

  it("gives each new field a unique key and places it at the end of the page by default", () => {
    let document = sampleForm();
    const paths: string[] = [];
    for (let i = 0; i < 3; i++) {
      const added = addField(document, { kind: "text", container: "", page: 0, languages: LANGUAGES });
      document = added.document;
      paths.push(added.path);
    }
    expect(paths).toEqual(["text1", "text2", "text3"]);
    expect(document.spec.pages[0]?.fields).toEqual(["applicant", "hasDog", "text1", "text2", "text3"]);
    expect(document.spec.texts.text2?.label).toEqual({ cs: "Text 2" });
  });

  it("puts nested fields in the group's properties and ui:order, in a repeatable group's items", () => {
    const inGroup = addField(sampleForm(), {
      kind: "date",
      container: "applicant",
      index: 1,
      languages: LANGUAGES,
    });
    expect(inGroup.path).toBe("applicant.date1");
    expect(getUiAt(inGroup.document.spec.uiSchema, "applicant")?.["ui:order"]).toEqual([
      "name",
      "date1",
      "email",
    ]);
    expect(checkDocument(inGroup.document)).toEqual([]);
    const inList = addField(sampleForm(), {
      kind: "number",
      container: "dogs[]",
      index: 0,
      languages: LANGUAGES,
    });
    expect(inList.path).toBe("dogs[].number1");
    expect(getUiAt(inList.document.spec.uiSchema, "dogs[]")?.["ui:order"]).toEqual([
      "number1",
      "name",
      "chipped",
      "chipNumber",
    ]);
    expect(checkDocument(inList.document)).toEqual([]);
  });

  it("adds to a form without pages in the order of its properties", () => {
    const document = { ...sampleForm(), spec: { ...sampleForm().spec, pages: [] } };
    const added = addField(document, { kind: "text", container: "", index: 0, languages: LANGUAGES });
    expect(Object.keys(added.document.spec.schema.properties as object)[0]).toBe("text1");
    expect(checkDocument(added.document)).toEqual([]);
  });
});

describe("pages", () => {
  it("adds a page with a field, writing out the one page of a form without pages first", () => {
    const document = { ...sampleForm(), spec: { ...sampleForm().spec, pages: [] } };
    const added = addPage(document, { languages: LANGUAGES });
    expect(added.document.spec.pages.map((page) => [page.id, page.fields])).toEqual([
      ["page-1", ["applicant", "hasDog", "dogs", "proof"]],
      ["page-2", ["text1"]],
    ]);
    expect(checkDocument(added.document)).toEqual([]);
  });

  it("removes a page with its fields and everything that names them", () => {
    const document = removePage(sampleForm(), 1);
    expect(document.spec.pages.map((page) => page.id)).toEqual(["applicant"]);
    expect(document.spec.logic).toEqual([]);
    expect(document.spec.attachments).toEqual({});
    expect(checkDocument(document)).toEqual([]);
  });

  it("adds an information text as the page's description, which the runtime shows", () => {
    const document = addInfoText(sampleForm(), 1, LANGUAGES);
    expect(document.spec.pages[1]?.description).toEqual({ cs: "Informace pro žadatele." });
    expect(checkDocument(document)).toEqual([]);
  });
});
