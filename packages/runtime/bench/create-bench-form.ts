import { DOCUMENT_SCHEMAS, type FormSpec } from "@civitas/definitions";

type Kind = "text" | "longText" | "number" | "date" | "email" | "choice" | "yesNo";
const KINDS: readonly Kind[] = ["text", "longText", "number", "date", "email", "choice", "yesNo"];
const LABELS: Record<Kind, { cs: string; en: string }> = {
  text: { cs: "Text", en: "Text" },
  longText: { cs: "Popis", en: "Description" },
  number: { cs: "Počet", en: "Number" },
  date: { cs: "Datum", en: "Date" },
  email: { cs: "E-mail", en: "E-mail" },
  choice: { cs: "Volba", en: "Choice" },
  yesNo: { cs: "Souhlas", en: "Consent" },
};
const CHOICES = ["a", "b", "c", "d"];

export const SECTIONS = 10;
export const FIELDS_PER_SECTION = 50;
export const FIELD_COUNT = SECTIONS * FIELDS_PER_SECTION;
/** The field typed into: the 250th, a text field at the end of the fifth section (wizard page 5). */
export const TYPED_FIELD = "f250";
export const TYPED_FIELD_PAGE = "page-05";

type Role = "plain" | "consent" | "byConsent" | "driver" | "byDriver";
/** Where each of a section's 50 fields goes: top level, a group, or a group nested in a group. */
const SECTION_LAYOUT: Array<{ group: string; roles: Role[] }> = [
  { group: "", roles: Array(12).fill("plain") },
  { group: "person", roles: ["plain", "plain", "driver", "byDriver", "plain", "plain", "plain", "plain"] },
  { group: "place", roles: Array(5).fill("plain") },
  { group: "place.address", roles: Array(5).fill("plain") },
  {
    group: "",
    roles: [
      ...Array(6).fill("plain"),
      "consent",
      "byConsent",
      "byConsent",
      "driver",
      "byDriver",
      ...Array(9).fill("plain"),
    ],
  },
];

const pad = (n: number, width = 3) => String(n).padStart(width, "0");
type Node = Record<string, unknown>;

/** The schema of a group, created on the way (`properties` of `properties`). */
function groupSchema(root: Node, steps: readonly string[]): Node {
  return steps.reduce<Node>((node, name) => {
    node.properties ??= {};
    const properties = node.properties as Record<string, Node>;
    properties[name] ??= { type: "object", properties: {} };
    return properties[name];
  }, root);
}

/** The UI schema node of a group, created on the way. */
function groupUiSchema(root: Node, steps: readonly string[]): Node {
  return steps.reduce<Node>((node, name) => {
    node[name] ??= {};
    return node[name] as Node;
  }, root);
}

function fieldSchema(kind: Kind, name: string): Node {
  switch (kind) {
    case "text":
      return { type: "string", maxLength: name === TYPED_FIELD ? 1000 : 100 };
    case "longText":
      return { type: "string", maxLength: 2000 };
    case "number":
      return { type: "number", minimum: 0, maximum: 100000 };
    case "date":
      return { type: "string", format: "date" };
    case "email":
      return { type: "string", format: "email", maxLength: 100 };
    case "choice":
      return { type: "string", enum: CHOICES };
    case "yesNo":
      return { type: "boolean" };
  }
}

/** A field's label (with its number), help on every tenth, a placeholder for e-mails and choice titles, in cs and en. */
function fieldTexts(kind: Kind, n: number): Node {
  return {
    label: { cs: `${LABELS[kind].cs} ${n}`, en: `${LABELS[kind].en} ${n}` },
    ...(n % 10 === 0 ? { help: { cs: `Nápověda k poli ${n}.`, en: `Help for field ${n}.` } } : {}),
    ...(kind === "email" ? { placeholder: { cs: "jmeno@example.cz", en: "name@example.org" } } : {}),
    ...(kind === "choice"
      ? {
          options: Object.fromEntries(
            CHOICES.map((value) => [value, { cs: `Možnost ${value}`, en: `Option ${value}` }]),
          ),
        }
      : {}),
  };
}

/**
 * A definition of 500 fields in ten sections of 50: text, long text, number, date, e-mail, choice
 * (select or radio) and yes/no, some in groups two levels deep, some required, with labels, help and
 * choice titles in Czech and English. Each section has three show rules: two fields hidden until a
 * yes/no is ticked, one shown while a choice is not "d" (shown at first), one inside a group shown
 * while a choice there is "b". `one-page` lists every field on a single page; `wizard` makes ten pages.
 */
export function createBenchForm(layout: "one-page" | "wizard"): FormSpec {
  const schema: Node = { type: "object", properties: {} };
  const uiSchema: Node = {};
  const texts: Record<string, Node> = {};
  const logic: Node[] = [];
  const pages: Node[] = [];
  let n = 0;
  for (let section = 1; section <= SECTIONS; section++) {
    const prefix = `s${pad(section, 2)}`;
    const topLevel: string[] = [];
    let consent = "";
    let driver = "";
    const shown = new Map<string, string[]>();
    for (const { group, roles } of SECTION_LAYOUT) {
      const groupSteps = group
        ? group.split(".").map((step, i) => (i === 0 ? `${prefix}${step}` : step))
        : [];
      const owner = groupSchema(schema, groupSteps);
      const ui = groupUiSchema(uiSchema, groupSteps);
      groupSteps.forEach((_, i) => {
        const path = groupSteps.slice(0, i + 1).join(".");
        texts[path] ??= { label: { cs: `Skupina ${path}`, en: `Group ${path}` } };
      });
      if (groupSteps[0] && !topLevel.includes(groupSteps[0])) topLevel.push(groupSteps[0]);
      for (const role of roles) {
        n++;
        const name = `f${pad(n)}`;
        const path = [...groupSteps, name].join(".");
        const kind: Kind =
          name === TYPED_FIELD
            ? "text"
            : role === "consent"
              ? "yesNo"
              : role === "driver"
                ? "choice"
                : (KINDS[n % KINDS.length] as Kind);
        (owner.properties as Record<string, Node>)[name] = fieldSchema(kind, name);
        if (role === "plain" && n % 4 === 0 && kind !== "yesNo")
          owner.required = [...((owner.required as string[] | undefined) ?? []), name];
        if (!group) topLevel.push(name);
        const uiNode: Node = {};
        if (kind === "longText")
          Object.assign(uiNode, { "ui:widget": "textarea", "ui:options": { rows: 3 } });
        if (kind === "choice" && n % 2 === 0) uiNode["ui:widget"] = "radio";
        if (Object.keys(uiNode).length > 0) ui[name] = uiNode;
        texts[path] = fieldTexts(kind, n);
        if (role === "consent") consent = path;
        if (role === "driver") driver = path;
        const when = role === "byConsent" ? consent : role === "byDriver" ? driver : "";
        if (when) shown.set(when, [...(shown.get(when) ?? []), path]);
      }
    }
    for (const [field, show] of shown) {
      const inGroup = field.includes(".");
      logic.push({
        id: `${prefix}-${field.replaceAll(".", "-").toLowerCase()}`,
        when:
          field === consent
            ? { field, equals: true }
            : inGroup
              ? { field, equals: "b" }
              : { field, notEquals: "d" },
        show,
      });
    }
    pages.push({
      id: `page-${pad(section, 2)}`,
      title: { cs: `Oddíl ${section}`, en: `Section ${section}` },
      fields: topLevel,
    });
  }
  const allOnOnePage = [
    {
      id: "all",
      title: { cs: "Všechna pole", en: "All fields" },
      fields: pages.flatMap((page) => page.fields),
    },
  ];
  const document = DOCUMENT_SCHEMAS.Form.parse({
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id: "bench-500-fields", organisation: "bench-town" },
    spec: {
      name: { cs: "Formulář o 500 polích", en: "A form of 500 fields" },
      schema,
      uiSchema,
      texts,
      pages: layout === "one-page" ? allOnOnePage : pages,
      logic,
    },
  });
  return document.spec;
}
