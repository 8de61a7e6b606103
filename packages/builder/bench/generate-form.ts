import type { FormDocument } from "@civitas/definitions";
import { addField } from "../src/form-builder/model/add-field.ts";
import type { FieldKind } from "../src/form-builder/model/field-kinds.ts";
import { getFormOutline } from "../src/form-builder/model/form-outline.ts";
import { addPage } from "../src/form-builder/model/form-pages.ts";

export interface GeneratedForm {
  document: FormDocument;
  /** The paths of the fields added after the group on the first page, in order. */
  firstPageFields: string[];
}

/**
 * A big Form for the benchmarks, built with the builder's own edits: pages of a first field, a
 * group with its field and 3 more, then `perPage` fields of the kinds in turn, until `fields`.
 */
export function generateForm(options: {
  id: string;
  organisation: string;
  fields: number;
  perPage: number;
  kinds: readonly FieldKind[];
  languages: readonly string[];
}): GeneratedForm {
  const { fields, perPage, kinds, languages } = options;
  let document = {
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id: options.id, organisation: options.organisation },
    spec: {
      name: { cs: `Formulář o ${fields} polích`, en: `A form of ${fields} fields` },
      schema: { type: "object", properties: {} },
      uiSchema: {},
      texts: {},
      pages: [],
      logic: [],
      attachments: {},
      prefill: {},
      submission: {
        caseNumber: "{year}-{seq:6}",
        caseStates: ["submitted"],
        routes: [],
        receipt: { listAttachments: true },
        draftRetentionDays: 30,
        allowAnonymous: false,
      },
    },
  } as unknown as FormDocument;
  const firstPageFields: string[] = [];
  let count = 0;
  let kind = 0;
  const nextKind = () => kinds[kind++ % kinds.length] ?? "text";
  for (let page = 0; count < fields; page++) {
    // A new page comes with a text field of its own; the first page's first field is added.
    if (page > 0) document = addPage(document, { languages }).document;
    else document = addField(document, { kind: nextKind(), container: "", languages }).document;
    count++;
    const group = addField(document, { kind: "group", container: "", page, languages });
    document = group.document;
    count += 2; // the group and the field it comes with
    for (let i = 0; i < 3 && count < fields; i++, count++)
      document = addField(document, { kind: nextKind(), container: group.path, languages }).document;
    for (let i = 0; i < perPage && count < fields; i++, count++) {
      const added = addField(document, { kind: nextKind(), container: "", page, languages });
      document = added.document;
      if (page === 0) firstPageFields.push(added.path);
    }
  }
  const outline = getFormOutline(document.spec, { language: languages[0] ?? "cs", languages });
  if (outline.fields.size !== fields)
    throw new Error(`The form has ${outline.fields.size} fields, not ${fields}`);
  return { document, firstPageFields };
}
