import { runtimeLocaleOf } from "../i18n/runtime-locale.ts";
import type { RuntimeLocale } from "../i18n/runtime-messages.ts";

/** The embed's own sentences, around the form: loading, sign-in, confirmation. */
export interface EmbedMessages {
  loading: string;
  loadFailed: (reason: string) => string;
  tryAgain: string;
  openOnPlatform: string;
  signInRequired: (organisation: string) => string;
  notSavedYet: (reason: string) => string;
  connectionFailed: string;
  submittedTitle: string;
  caseNumber: string;
  submittedAt: (time: string) => string;
  keepReference: string;
  downloadReceipt: string;
  downloading: string;
  receiptFailed: (reason: string) => string;
  fillAgain: string;
  startAgain: string;
}

const MESSAGES: Record<RuntimeLocale, EmbedMessages> = {
  cs: {
    loading: "Načítá se formulář…",
    loadFailed: (reason) => `Formulář se nepodařilo načíst: ${reason}`,
    tryAgain: "Zkusit znovu",
    openOnPlatform: "Otevřít formulář na stránkách úřadu",
    signInRequired: (organisation) =>
      `Tento formulář lze vyplnit jen po přihlášení. Přihlásit se a vyplnit jej můžete na stránkách úřadu – ${organisation}.`,
    notSavedYet: (reason) => `Koncept se zatím nepodařilo uložit (${reason}). Zkusíme to znovu.`,
    connectionFailed: "spojení se serverem selhalo",
    submittedTitle: "Žádost byla odeslána",
    caseNumber: "Číslo jednací",
    submittedAt: (time) => `Odesláno ${time}.`,
    keepReference:
      "Číslo jednací uvádějte, když se na úřad obracíte. Potvrzení o podání je podepsané úřadem.",
    downloadReceipt: "Stáhnout potvrzení o podání (PDF)",
    downloading: "Stahuje se…",
    receiptFailed: (reason) => `Potvrzení se nepodařilo stáhnout: ${reason}`,
    fillAgain: "Vyplnit formulář znovu",
    startAgain: "Začít znovu",
  },
  en: {
    loading: "Loading the form…",
    loadFailed: (reason) => `The form could not be loaded: ${reason}`,
    tryAgain: "Try again",
    openOnPlatform: "Open the form on the authority's website",
    signInRequired: (organisation) =>
      `You need to sign in to fill in this form. You can sign in and fill it in on the authority's website – ${organisation}.`,
    notSavedYet: (reason) => `The draft could not be saved yet (${reason}). We will try again.`,
    connectionFailed: "the connection to the server failed",
    submittedTitle: "Your application has been submitted",
    caseNumber: "Case number",
    submittedAt: (time) => `Submitted ${time}.`,
    keepReference:
      "Quote the case number when you contact the authority. The receipt of submission is signed by the authority.",
    downloadReceipt: "Download the receipt (PDF)",
    downloading: "Downloading…",
    receiptFailed: (reason) => `The receipt could not be downloaded: ${reason}`,
    fillAgain: "Fill in the form again",
    startAgain: "Start again",
  },
  lv: {
    loading: "Veidlapa tiek ielādēta…",
    loadFailed: (reason) => `Veidlapu neizdevās ielādēt: ${reason}`,
    tryAgain: "Mēģināt vēlreiz",
    openOnPlatform: "Atvērt veidlapu iestādes vietnē",
    signInRequired: (organisation) =>
      `Šo veidlapu var aizpildīt tikai pēc pieteikšanās. Pieteikties un aizpildīt to varat iestādes vietnē – ${organisation}.`,
    notSavedYet: (reason) => `Melnrakstu vēl neizdevās saglabāt (${reason}). Mēģināsim vēlreiz.`,
    connectionFailed: "savienojums ar serveri neizdevās",
    submittedTitle: "Jūsu pieteikums ir iesniegts",
    caseNumber: "Lietas numurs",
    submittedAt: (time) => `Iesniegts ${time}.`,
    keepReference:
      "Norādiet lietas numuru, sazinoties ar iestādi. Iesniegšanas apliecinājumu ir parakstījusi iestāde.",
    downloadReceipt: "Lejupielādēt apliecinājumu (PDF)",
    downloading: "Notiek lejupielāde…",
    receiptFailed: (reason) => `Apliecinājumu neizdevās lejupielādēt: ${reason}`,
    fillAgain: "Aizpildīt veidlapu vēlreiz",
    startAgain: "Sākt no jauna",
  },
};

/** The embed's texts in a language; English for a language it has none in. */
export const getEmbedMessages = (locale: string): EmbedMessages => MESSAGES[runtimeLocaleOf(locale)];
