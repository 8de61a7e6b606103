import type { FormDocument } from "@civitas/definitions";
import type { FormPage, FormSpec } from "@civitas/definitions/form";
import { addField } from "./add-field.ts";
import { listContainerKeys } from "./container-order.ts";
import { defaultWord } from "./default-texts.ts";
import { setEntry, withSpec } from "./json-tree.ts";
import { removeField } from "./remove-field.ts";

type PageText = "title" | "description";

function uniquePageId(spec: FormSpec): { id: string; n: number } {
  const taken = new Set(spec.pages.map((page) => page.id));
  for (let n = spec.pages.length + 1; ; n++) if (!taken.has(`page-${n}`)) return { id: `page-${n}`, n };
}

/**
 * Adds a page at `index` (the end when left out) with one text field, since a page needs a field.
 * A form without pages first gets its one page written out, holding every field it had.
 */
export function addPage(
  document: FormDocument,
  options: { index?: number; languages: readonly string[] },
): { document: FormDocument; page: number; path: string } {
  const language = options.languages[0] ?? "en";
  let spec = document.spec;
  if (spec.pages.length === 0) {
    const fields = listContainerKeys(spec, "");
    if (fields.length > 0) {
      const first: FormPage = {
        id: "page-1",
        title: { [language]: `${defaultWord("page", language)} 1` },
        fields,
      };
      spec = { ...spec, pages: [first] };
    }
  }
  const { id, n } = uniquePageId(spec);
  const at = Math.max(0, Math.min(options.index ?? spec.pages.length, spec.pages.length));
  // The new page gets its field first, on a placeholder page that `addField` can fill.
  const placeholder: FormPage = {
    id,
    title: { [language]: `${defaultWord("page", language)} ${n}` },
    fields: [],
  };
  spec = { ...spec, pages: [...spec.pages.slice(0, at), placeholder, ...spec.pages.slice(at)] };
  const added = addField(withSpec(document, spec), {
    kind: "text",
    container: "",
    page: at,
    languages: options.languages,
  });
  return { document: added.document, page: at, path: added.path };
}

/** Removes a page with its fields (and everything that names them). */
export function removePage(document: FormDocument, index: number): FormDocument {
  const page = document.spec.pages[index];
  if (!page) return document;
  let next = document;
  for (const key of page.fields) next = removeField(next, key);
  const pages = next.spec.pages.filter((p) => p.id !== page.id);
  return withSpec(next, { ...next.spec, pages });
}

export function movePage(document: FormDocument, from: number, to: number): FormDocument {
  const pages = [...document.spec.pages];
  const [page] = pages.splice(from, 1);
  if (!page || to < 0 || to > pages.length || from === to) return document;
  pages.splice(to, 0, page);
  return withSpec(document, { ...document.spec, pages });
}

/** Sets (or, for "", removes) one language of a page's title or description. */
export function setPageText(
  document: FormDocument,
  index: number,
  name: PageText,
  language: string,
  value: string,
) {
  const page = document.spec.pages[index];
  if (!page) return document;
  const text = setEntry(page[name] ?? {}, language, value === "" ? undefined : value);
  if (text === page[name]) return document;
  const next: FormPage = { ...page, [name]: text };
  if (name === "description" && Object.keys(text).length === 0) delete next.description;
  const pages = document.spec.pages.map((p, i) => (i === index ? next : p));
  return withSpec(document, { ...document.spec, pages });
}

/** Sets (or, for "", removes) one language of the form's name or description. */
export function setFormText(
  document: FormDocument,
  name: "name" | "description",
  language: string,
  value: string,
) {
  const spec = document.spec;
  const text = setEntry(spec[name] ?? {}, language, value === "" ? undefined : value);
  if (text === spec[name]) return document;
  const next = { ...spec, [name]: text };
  if (name === "description" && Object.keys(text).length === 0) delete next.description;
  return withSpec(document, next);
}

/**
 * An information text for the applicant. The runtime has no display-only field, so it is the page's
 * description (the form's, for a form without pages), started with a placeholder if it is empty.
 */
export function addInfoText(
  document: FormDocument,
  page: number,
  languages: readonly string[],
): FormDocument {
  const language = languages[0] ?? "en";
  const word = defaultWord("info", language);
  const target = document.spec.pages[page];
  if (target)
    return target.description ? document : setPageText(document, page, "description", language, word);
  return document.spec.description ? document : setFormText(document, "description", language, word);
}
