import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import {
  VERIFICATION_TEXTS,
  type VerificationLanguage,
  type VerificationTexts,
} from "./verification-texts.ts";

const LANGUAGE_NAMES: Record<VerificationLanguage, string> = { cs: "Čeština", en: "English", lv: "Latviešu" };

// HTML-escaped (Handlebars' default): every value shown is data, never markup.
const template = Handlebars.create().compile(
  readFileSync(new URL("./verification-page.hbs", import.meta.url), "utf8"),
  { strict: false },
);

export interface VerificationVerdictView {
  ok: boolean;
  /** Which headline: a key of the page's texts. */
  headline: "genuine" | "genuineModified" | "knownCode" | "unknownCode" | "notGenuine";
  submission?: {
    caseNumber: string;
    organisation: string;
    formTitle: string;
    submittedAt: string;
    state: string;
  };
  signer?: string;
  signedAt?: string;
  problems: string[];
}

/** The language of the page: the asked one when it has texts in it, else English. */
export function verificationLanguage(wanted: string | undefined): VerificationLanguage {
  return wanted && wanted in VERIFICATION_TEXTS ? (wanted as VerificationLanguage) : "en";
}

/** The receipt verification page: the verdict (if any) and a form to upload a receipt. */
export function renderVerificationPage(input: {
  lang: string | undefined;
  uploadAction: string;
  verdict?: VerificationVerdictView | undefined;
}): string {
  const lang = verificationLanguage(input.lang);
  const t: VerificationTexts = VERIFICATION_TEXTS[lang];
  return template({
    lang,
    t,
    uploadAction: input.uploadAction,
    languages: Object.entries(LANGUAGE_NAMES).map(([code, name]) => ({ code, name, current: code === lang })),
    verdict: input.verdict && { ...input.verdict, headline: t[input.verdict.headline] },
  });
}
