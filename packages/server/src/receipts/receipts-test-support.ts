import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type FormSpec, loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import type { ReceiptAttachmentInput, ReceiptInput } from "./receipt-model.ts";

const KINDERGARTEN_FORM = fileURLToPath(
  new URL("../../../../service-definitions/forms/kindergarten-enrolment.yaml", import.meta.url),
);

let kindergartenSpec: FormSpec | undefined;

/** The demo town's kindergarten enrolment form: a repeatable group, choices, dates, booleans, files. */
export function kindergartenForm(): FormSpec {
  if (!kindergartenSpec) {
    const [form] = loadDefinitions(readDefinitionFiles([KINDERGARTEN_FORM])).bundle.list("Form");
    if (!form) throw new Error(`No form in ${KINDERGARTEN_FORM}`);
    kindergartenSpec = form.definition.spec;
  }
  return kindergartenSpec;
}

const file = (id: string, fieldPath: string, filename: string, size: number): ReceiptAttachmentInput => ({
  id,
  fieldPath,
  filename,
  contentType: "application/pdf",
  size,
  sha256: createHash("sha256").update(filename).digest("hex"),
});

/** Files of the sample submission. */
export const KINDERGARTEN_ATTACHMENTS: ReceiptAttachmentInput[] = [
  file("a1", "child.residencePermit", "povolení-k-pobytu.pdf", 183_402),
  file("a2", "representatives[].courtDecision", "rozsudek opatrovnictví.pdf", 1_254_000),
  file("a3", "preferences.counsellingRecommendation", "doporučení SPC.pdf", 98_100),
  file("a4", "declarations.vaccinationConfirmation", "očkovací průkaz.jpg", 2_400_000),
  file("a5", "declarations.otherAttachments", "lékařská zpráva.pdf", 512),
  file("a6", "declarations.otherAttachments", "plná moc.pdf", 45_000),
];

/** A complete kindergarten application with two representatives, one hidden and a few empty fields. */
export function kindergartenData(): Record<string, unknown> {
  return {
    child: {
      givenName: "Anežka",
      familyName: "Dvořáková",
      birthDate: "2022-03-05",
      citizenship: "other",
      residencePermit: "a1",
      address: { street: "Sluneční 118", city: "Dubová", postalCode: "386 01" },
    },
    representatives: [
      {
        givenName: "Jiřina",
        familyName: "Dvořáková",
        relationship: "mother",
        birthDate: "1990-07-14",
        phone: "+420 777 123 456",
        email: "jirina@example.cz",
        dataBox: "",
        sameAddressAsChild: "yes",
      },
      {
        givenName: "Pēteris",
        familyName: "Bērziņš",
        relationship: "guardian",
        birthDate: "1985-11-30",
        phone: "+371 2612 3456",
        email: "peteris@example.lv",
        sameAddressAsChild: "no",
        address: { street: "Lesní 17", city: "Lhota u Dubové", postalCode: "386 02" },
        courtDecision: "a2",
      },
    ],
    preferences: {
      kindergarten: "ms-lesni-lhota",
      startDate: "2026-09-01",
      attendance: "full-day",
      specialNeeds: "yes",
      specialNeedsDetails: "Opožděný vývoj řeči; potřebuje asistenta pedagoga.\nLogopedie 2× týdně.",
      counsellingRecommendation: "a3",
      siblingAttends: "no",
      siblingName: "Hidden Sibling",
      healthNotes: null,
    },
    declarations: {
      compulsoryPreschool: "no",
      vaccinationConfirmation: "a4",
      otherAttachments: ["a5", "a6"],
      truthful: true,
      representativesAgree: true,
      privacyNotice: true,
    },
  };
}

/** A receipt input for the sample application in `locale`. */
export function kindergartenReceiptInput(locale = "cs", overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  const form = kindergartenForm();
  return {
    form,
    data: kindergartenData(),
    locale,
    fallbackLocale: "cs",
    organisationName: "Město Dubová",
    organisationIdentifier: "00245678",
    title: form.name[locale] ?? form.name.cs ?? "",
    caseNumber: "MS-2026-0042",
    submittedAt: new Date("2026-11-21T14:04:05Z"),
    formId: "kindergarten-enrolment",
    formVersion: 3,
    submissionId: "5c1e2f0a-8d3b-4f7e-9a61-2b7c4d9e0f13",
    attachments: KINDERGARTEN_ATTACHMENTS,
    listAttachments: true,
    verificationUrl: "https://podani.dubova.example/receipts/verify/Q7XK-2M9P-4HVD",
    ...overrides,
  };
}
