/** The fixed texts of a signed submission receipt, in one language. Every value is plain text. */
export interface ReceiptTexts {
  /** The language of these texts, e.g. `cs`. */
  locale: string;
  receiptTitle: string;
  organisation: string;
  /** Label of the organisation's registration number, e.g. the Czech IČO. */
  organisationIdentifier: string;
  caseNumber: string;
  submittedAt: string;
  form: string;
  submissionId: string;
  answers: string;
  noAnswers: string;
  attachments: string;
  fileSize: string;
  yes: string;
  no: string;
  verifyAt: string;
  /** `kindergarten-enrolment, version 3` */
  formVersion(formId: string, version: number): string;
  /** Heading of one item of a repeatable group: `Legal representatives – 1 of 2`. */
  groupItem(groupLabel: string, position: number, count: number): string;
  signedBy(organisation: string): string;
  page(page: number, pages: number): string;
}

const en: ReceiptTexts = {
  locale: "en",
  receiptTitle: "Receipt of submission",
  organisation: "Organisation",
  organisationIdentifier: "Identification number",
  caseNumber: "Case number",
  submittedAt: "Submitted",
  form: "Form",
  submissionId: "Submission ID",
  answers: "Answers",
  noAnswers: "The form was submitted without answers.",
  attachments: "Attachments",
  fileSize: "Size",
  yes: "Yes",
  no: "No",
  verifyAt: "Verify this receipt at",
  formVersion: (formId, version) => `${formId}, version ${version}`,
  groupItem: (label, position, count) => `${label} – ${position} of ${count}`,
  signedBy: (organisation) => `This document is electronically signed by ${organisation}.`,
  page: (page, pages) => `Page ${page} / ${pages}`,
};

const cs: ReceiptTexts = {
  locale: "cs",
  receiptTitle: "Potvrzení o podání",
  organisation: "Organizace",
  organisationIdentifier: "IČO",
  caseNumber: "Číslo jednací",
  submittedAt: "Podáno",
  form: "Formulář",
  submissionId: "Identifikátor podání",
  answers: "Vyplněné údaje",
  noAnswers: "Formulář byl podán bez vyplněných údajů.",
  attachments: "Přílohy",
  fileSize: "Velikost",
  yes: "Ano",
  no: "Ne",
  verifyAt: "Pravost potvrzení ověříte na adrese",
  formVersion: (formId, version) => `${formId}, verze ${version}`,
  groupItem: (label, position, count) => `${label} – ${position} z ${count}`,
  signedBy: (organisation) => `Tento dokument je elektronicky podepsán organizací ${organisation}.`,
  page: (page, pages) => `Strana ${page} / ${pages}`,
};

const lv: ReceiptTexts = {
  locale: "lv",
  receiptTitle: "Iesnieguma apliecinājums",
  organisation: "Iestāde",
  organisationIdentifier: "Reģistrācijas numurs",
  caseNumber: "Lietas numurs",
  submittedAt: "Iesniegts",
  form: "Veidlapa",
  submissionId: "Iesnieguma identifikators",
  answers: "Sniegtās atbildes",
  noAnswers: "Veidlapa iesniegta bez atbildēm.",
  attachments: "Pielikumi",
  fileSize: "Izmērs",
  yes: "Jā",
  no: "Nē",
  verifyAt: "Apliecinājuma īstumu pārbaudiet šeit",
  formVersion: (formId, version) => `${formId}, versija ${version}`,
  groupItem: (label, position, count) => `${label} – ${position} no ${count}`,
  signedBy: (organisation) => `Šis dokuments ir elektroniski parakstīts. Parakstītājs: ${organisation}.`,
  page: (page, pages) => `Lappuse ${page} / ${pages}`,
};

const TEXTS: Readonly<Record<string, ReceiptTexts>> = { cs, en, lv };

/** The languages receipts are translated to. */
export const RECEIPT_LOCALES = Object.keys(TEXTS);

/**
 * The fixed texts of a submission receipt in `locale` (a language code such as `cs`, or a tag such
 * as `cs-CZ`), English when the receipt is not translated to it.
 */
export function receiptTexts(locale: string): ReceiptTexts {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return Object.hasOwn(TEXTS, language) ? (TEXTS[language] as ReceiptTexts) : en;
}
