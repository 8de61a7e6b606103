import { describe, expect, it } from "vitest";
import { getFormOutline, listOutlineFields } from "./form-outline.ts";
import { checkDocument, LANGUAGES, sampleForm } from "./test-support.ts";
import { setFieldText } from "./update-field.ts";

const outlineOf = (spec = sampleForm().spec, language = "en") =>
  getFormOutline(spec, { language, languages: LANGUAGES });

describe("getFormOutline", () => {
  it("lists the pages with their fields in order, groups and repeatable groups nested", () => {
    const outline = outlineOf();
    expect(checkDocument(sampleForm())).toEqual([]);
    expect(
      outline.pages.map((page) => [page.id, page.title, page.fields.map((field) => field.path)]),
    ).toEqual([
      ["applicant", "Applicant", ["applicant", "hasDog"]],
      ["dogs", "Dogs", ["dogs", "proof"]],
    ]);
    const dogs = outline.fields.get("dogs");
    expect(dogs?.kind).toBe("repeatable-group");
    expect(dogs?.container).toBe("dogs[]");
    expect(dogs?.children?.map((field) => [field.path, field.kind, field.label])).toEqual([
      ["dogs[].name", "text", "Dog's name"],
      ["dogs[].chipped", "yes-no", "Chipped?"],
      ["dogs[].chipNumber", "text", "Chip number"],
    ]);
    expect(outline.fields.get("applicant")?.kind).toBe("group");
    expect(outline.fields.get("applicant.name")?.required).toBe(true);
    expect(outline.fields.get("applicant.email")?.required).toBe(false);
    expect(outline.fields.get("applicant.email")?.kind).toBe("email");
    expect(outline.fields.get("applicant.email")?.missingLanguages).toEqual(["lv"]);
    expect(outline.fields.get("proof")).toMatchObject({ kind: "file", requiredWhen: true });
    expect(outline.fields.get("dogs")?.conditional).toBe(true);
    expect(listOutlineFields(outline).map((field) => field.path)).toEqual([
      "applicant",
      "applicant.name",
      "applicant.email",
      "hasDog",
      "dogs",
      "dogs[].name",
      "dogs[].chipped",
      "dogs[].chipNumber",
      "proof",
    ]);
  });

  it("gives labels in the chosen language, falling back to the default one", () => {
    const outline = outlineOf(sampleForm().spec, "lv");
    expect(outline.fields.get("hasDog")?.label).toBe("Vai jums ir suns?");
    expect(outline.fields.get("applicant.email")?.label).toBe("E-mail");
  });

  it("treats a form without pages as one page, and lists top-level fields on no page apart", () => {
    const spec = sampleForm().spec;
    const single = outlineOf({ ...spec, pages: [] });
    expect(single.pages).toHaveLength(1);
    expect(single.pages[0]?.index).toBe(-1);
    expect(single.pages[0]?.fields.map((field) => field.path)).toEqual([
      "applicant",
      "hasDog",
      "dogs",
      "proof",
    ]);
    const partial = outlineOf({ ...spec, pages: spec.pages.slice(0, 1) });
    expect(partial.unplaced.map((field) => field.path)).toEqual(["dogs", "proof"]);
  });

  it("keeps the objects of unchanged fields and pages, so one edit re-renders one row", () => {
    const document = sampleForm();
    const before = outlineOf(document.spec);
    const edited = setFieldText(document, "dogs[].name", "label", "en", "Name of the dog");
    const after = getFormOutline(edited.spec, { language: "en", languages: LANGUAGES, previous: before });
    expect(after.fields.get("dogs[].name")).not.toBe(before.fields.get("dogs[].name"));
    expect(after.fields.get("dogs[].chipped")).toBe(before.fields.get("dogs[].chipped"));
    expect(after.fields.get("applicant")).toBe(before.fields.get("applicant"));
    expect(after.pages[0]).toBe(before.pages[0]);
    expect(after.pages[1]).not.toBe(before.pages[1]);
  });
});
