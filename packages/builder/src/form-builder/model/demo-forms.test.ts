import { resolve } from "node:path";
import { type FormDocument, loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import { describe, expect, it } from "vitest";
import { addField } from "./add-field.ts";
import { getFormOutline, listOutlineFields } from "./form-outline.ts";
import { getSchemaAt } from "./json-tree.ts";
import { moveField } from "./move-field.ts";
import { removeField } from "./remove-field.ts";
import { renameField } from "./rename-field.ts";
import { checkDocument, LANGUAGES } from "./test-support.ts";

const FORMS = resolve(import.meta.dirname, "../../../../../service-definitions/forms");

function demoForm(id: string): FormDocument {
  const { bundle } = loadDefinitions(readDefinitionFiles([resolve(FORMS, `${id}.yaml`)]));
  const form = bundle.list("Form").find((located) => located.definition.metadata.id === id);
  if (!form) throw new Error(`no demo form ${id}`);
  const document = form.definition as FormDocument;
  return { ...document, metadata: { ...document.metadata, organisation: "town" } };
}

describe("the demo forms", () => {
  it.each([
    "dog-registration",
    "kindergarten-enrolment",
    "municipal-grant-application",
    "waste-collection-fee",
  ])("%s stays sound when every field is renamed, and when each is removed", (id) => {
    const original = demoForm(id);
    expect(checkDocument(original)).toEqual([]);
    const fields = listOutlineFields(getFormOutline(original.spec, { language: "cs", languages: LANGUAGES }));
    // Innermost first, so each path is still valid when it is renamed.
    let renamed = original;
    for (const field of [...fields].reverse()) renamed = renameField(renamed, field.path, `${field.key}X`);
    expect(checkDocument(renamed)).toEqual([]);
    for (const field of fields.filter((f) => f.path.split(".").length <= 2)) {
      expect([field.path, checkDocument(removeField(original, field.path))]).toEqual([field.path, []]);
    }
  });

  it("edits a field defined through a shared $ref without changing the other users of the definition", () => {
    const original = demoForm("kindergarten-enrolment");
    const document = renameField(original, "child.address.street", "streetAndNumber");
    expect(Object.keys(getSchemaAt(document.spec.schema, "child.address")?.properties as object)).toContain(
      "streetAndNumber",
    );
    expect(
      Object.keys(getSchemaAt(document.spec.schema, "representatives[].address")?.properties as object),
    ).toContain("street");
    expect(checkDocument(document)).toEqual([]);
    const moved = moveField(document, "child.givenName", { container: "", page: 0, index: 0 });
    const added = addField(moved, { kind: "phone", container: "child.address", languages: LANGUAGES });
    expect(checkDocument(added.document)).toEqual([]);
  });
});
