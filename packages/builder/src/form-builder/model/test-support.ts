import { compileForm, type FormDocument, loadDefinitions, type Problem } from "@civitas/definitions";

export const LANGUAGES = ["cs", "en", "lv"] as const;

const ORGANISATION = {
  apiVersion: "civitas/v1",
  kind: "Organisation",
  metadata: { id: "town" },
  spec: {
    name: { cs: "Obec", en: "Village", lv: "Ciems" },
    type: "municipality",
    languages: LANGUAGES,
    address: { street: "Náves 1", postalCode: "123 45", city: "Obec" },
  },
};

/** A small form with what the builder must keep sound: groups, a list, logic, files, prefill, a route. */
export function sampleForm(): FormDocument {
  return {
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id: "dog-fee", organisation: "town" },
    spec: {
      name: { cs: "Poplatek ze psů", en: "Dog fee", lv: "Suņu nodeva" },
      schema: {
        type: "object",
        required: ["applicant"],
        properties: {
          applicant: {
            type: "object",
            required: ["name"],
            properties: {
              name: { type: "string", minLength: 1 },
              email: { type: "string", format: "email" },
            },
          },
          hasDog: { type: "string", enum: ["yes", "no"] },
          dogs: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              properties: {
                name: { type: "string" },
                chipped: { type: "string", enum: ["yes", "no"] },
                chipNumber: { type: "string", pattern: "^[0-9]{15}$" },
              },
            },
          },
          proof: { type: "string", format: "attachment" },
        },
      },
      uiSchema: {
        hasDog: { "ui:widget": "radio" },
        dogs: { items: { "ui:order": ["name", "chipped", "chipNumber"] } },
      },
      texts: {
        applicant: { label: { cs: "Žadatel", en: "Applicant", lv: "Iesniedzējs" } },
        "applicant.name": { label: { cs: "Jméno", en: "Name", lv: "Vārds" } },
        "applicant.email": {
          label: { cs: "E-mail", en: "E-mail" },
          help: { cs: "Pro odpověď", en: "For the reply" },
        },
        hasDog: {
          label: { cs: "Máte psa?", en: "Do you have a dog?", lv: "Vai jums ir suns?" },
          options: { yes: { cs: "Ano", en: "Yes", lv: "Jā" }, no: { cs: "Ne", en: "No", lv: "Nē" } },
        },
        dogs: { label: { cs: "Psi", en: "Dogs", lv: "Suņi" } },
        "dogs[].name": { label: { cs: "Jméno psa", en: "Dog's name", lv: "Suņa vārds" } },
        "dogs[].chipped": { label: { cs: "Čipován?", en: "Chipped?", lv: "Čipots?" } },
        "dogs[].chipNumber": { label: { cs: "Číslo čipu", en: "Chip number", lv: "Čipa numurs" } },
        proof: { label: { cs: "Doklad", en: "Proof", lv: "Pierādījums" } },
      },
      pages: [
        {
          id: "applicant",
          title: { cs: "Žadatel", en: "Applicant", lv: "Iesniedzējs" },
          fields: ["applicant", "hasDog"],
        },
        { id: "dogs", title: { cs: "Psi", en: "Dogs", lv: "Suņi" }, fields: ["dogs", "proof"] },
      ],
      logic: [
        { id: "dogs-shown", when: { field: "hasDog", equals: "yes" }, show: ["dogs"], require: ["proof"] },
        {
          id: "chip",
          when: { field: "dogs[].chipped", equals: "yes" },
          show: ["dogs[].chipNumber"],
          require: [],
        },
      ],
      attachments: { proof: { maxSizeMb: 5, types: ["application/pdf"] } },
      prefill: { "applicant.name": "identity.fullName", "applicant.email": "identity.email" },
      submission: {
        caseNumber: "{year}-{seq:6}",
        caseStates: ["submitted", "in-processing", "answered", "withdrawn"],
        routes: [
          {
            id: "dog-office",
            connector: "email",
            to: ["dogs@town.example"],
            attachReceipt: true,
            maxAttempts: 12,
            when: {
              all: [
                { field: "hasDog", equals: "yes" },
                { field: "applicant.email", filled: true },
              ],
            },
          },
        ],
        receipt: { listAttachments: true },
        draftRetentionDays: 30,
        allowAnonymous: false,
      },
    },
  } as FormDocument;
}

/**
 * Loads a Form document as the server and the CLI do (with its organisation, so references
 * resolve) and compiles it in every language; returns the errors (warnings are allowed).
 */
export function checkDocument(document: FormDocument): string[] {
  const { problems } = loadDefinitions([
    { path: "organisation.json", text: JSON.stringify(ORGANISATION) },
    { path: "form.json", text: JSON.stringify(document) },
  ]);
  for (const locale of LANGUAGES) compileForm(document.spec, { locale, fallbackLocale: "cs" });
  return problems
    .filter((problem: Problem) => problem.severity === "error")
    .map((problem) => `${problem.pointer}: ${problem.message} [${problem.code}]`);
}
