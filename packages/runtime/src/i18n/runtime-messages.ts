import type { PLATFORM_LANGUAGES } from "@civitas/definitions/constants";
import { runtimeLocaleOf } from "./runtime-locale.ts";

/** A language the runtime's own texts (buttons, progress, errors, file widget, autosave) are written in. */
export type RuntimeLocale = (typeof PLATFORM_LANGUAGES)[number];

/** Every text the runtime shows that does not come from the form definition. */
export interface RuntimeMessages {
  back: string;
  next: string;
  toReview: string;
  submit: string;
  submitting: string;
  submitFailed: (reason: string) => string;
  progressLabel: string;
  stepOf: (step: number, total: number) => string;
  reviewTitle: string;
  reviewIntro: string;
  edit: string;
  editLabel: (label: string) => string;
  notAnswered: string;
  yes: string;
  no: string;
  required: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  example: (example: string) => string;
  addItem: string;
  addItemLabel: (group: string) => string;
  removeItem: string;
  removeItemLabel: (group: string, number: number) => string;
  itemLegend: (group: string, number: number) => string;
  file: {
    limits: (types: string, maxSizeMb: number) => string;
    uploading: (percent: number) => string;
    uploaded: (filename: string) => string;
    attached: string;
    remove: string;
    removeLabel: (filename: string) => string;
    tooLarge: (maxSizeMb: number) => string;
    wrongType: (types: string) => string;
    failed: (reason: string) => string;
  };
  autosave: {
    saved: (time: string) => string;
    pending: string;
    saving: string;
    offline: string;
    conflict: string;
    reload: string;
    expired: string;
    error: (reason: string) => string;
    expires: (date: string) => string;
  };
}

/** The runtime's texts in a language; a language it has no texts in gets English. */
export function getRuntimeMessages(locale: string): RuntimeMessages {
  return MESSAGES[runtimeLocaleOf(locale)];
}

const MESSAGES: Record<RuntimeLocale, RuntimeMessages> = {
  cs: {
    back: "Zpět",
    next: "Pokračovat",
    toReview: "Zkontrolovat odpovědi",
    submit: "Odeslat žádost",
    submitting: "Odesílá se…",
    submitFailed: (reason) => `Žádost se nepodařilo odeslat: ${reason}`,
    progressLabel: "Postup vyplňování",
    stepOf: (step, total) => `Krok ${step} z ${total}`,
    reviewTitle: "Kontrola odpovědí",
    reviewIntro: "Zkontrolujte své odpovědi. Opravit je můžete odkazem Změnit u každé z nich.",
    edit: "Změnit",
    editLabel: (label) => `Změnit: ${label}`,
    notAnswered: "Nevyplněno",
    yes: "Ano",
    no: "Ne",
    required: "(povinné)",
    errorSummaryTitle: "Opravte prosím tyto údaje",
    errorPrefix: "Chyba:",
    example: (example) => `Například ${example}.`,
    addItem: "Přidat další",
    addItemLabel: (group) => `Přidat další: ${group}`,
    removeItem: "Odebrat",
    removeItemLabel: (group, number) => `Odebrat: ${group} ${number}`,
    itemLegend: (group, number) => `${group} ${number}`,
    file: {
      limits: (types, maxSizeMb) => `Povolené typy: ${types}; nejvýše ${maxSizeMb} MB.`,
      uploading: (percent) => `Nahrává se… ${percent} %`,
      uploaded: (filename) => `Soubor ${filename} je přiložen.`,
      attached: "Přiložený soubor",
      remove: "Odebrat soubor",
      removeLabel: (filename) => `Odebrat soubor ${filename}`,
      tooLarge: (maxSizeMb) => `Soubor je větší než povolených ${maxSizeMb} MB.`,
      wrongType: (types) => `Tento typ souboru nelze přiložit. Povolené typy: ${types}.`,
      failed: (reason) => `Soubor se nepodařilo nahrát: ${reason}`,
    },
    autosave: {
      saved: (time) => `Koncept uložen v ${time}.`,
      pending: "Neuložené změny…",
      saving: "Ukládá se…",
      offline: "Jste offline. Změny jsou uložené v tomto zařízení a odešlou se po obnovení připojení.",
      conflict: "Koncept byl mezitím uložen v jiném okně. Načtěte jeho novější verzi.",
      reload: "Načíst novější verzi",
      expired: "Platnost konceptu vypršela. Začněte prosím vyplňovat znovu.",
      error: (reason) => `Koncept se nepodařilo uložit: ${reason}`,
      expires: (date) => `Koncept bude uchován do ${date}.`,
    },
  },
  en: {
    back: "Back",
    next: "Continue",
    toReview: "Check your answers",
    submit: "Submit application",
    submitting: "Submitting…",
    submitFailed: (reason) => `The application could not be submitted: ${reason}`,
    progressLabel: "Progress",
    stepOf: (step, total) => `Step ${step} of ${total}`,
    reviewTitle: "Check your answers",
    reviewIntro: "Check your answers. Use the Change link next to an answer to correct it.",
    edit: "Change",
    editLabel: (label) => `Change: ${label}`,
    notAnswered: "Not answered",
    yes: "Yes",
    no: "No",
    required: "(required)",
    errorSummaryTitle: "Please correct the following",
    errorPrefix: "Error:",
    example: (example) => `For example ${example}.`,
    addItem: "Add another",
    addItemLabel: (group) => `Add another: ${group}`,
    removeItem: "Remove",
    removeItemLabel: (group, number) => `Remove: ${group} ${number}`,
    itemLegend: (group, number) => `${group} ${number}`,
    file: {
      limits: (types, maxSizeMb) => `Allowed types: ${types}; up to ${maxSizeMb} MB.`,
      uploading: (percent) => `Uploading… ${percent} %`,
      uploaded: (filename) => `${filename} is attached.`,
      attached: "Attached file",
      remove: "Remove file",
      removeLabel: (filename) => `Remove file ${filename}`,
      tooLarge: (maxSizeMb) => `The file is larger than the ${maxSizeMb} MB allowed.`,
      wrongType: (types) => `This type of file cannot be attached. Allowed types: ${types}.`,
      failed: (reason) => `The file could not be uploaded: ${reason}`,
    },
    autosave: {
      saved: (time) => `Draft saved at ${time}.`,
      pending: "Unsaved changes…",
      saving: "Saving…",
      offline: "You are offline. Your changes are kept on this device and sent when you are back online.",
      conflict: "This draft was saved in another window meanwhile. Load its newer version.",
      reload: "Load the newer version",
      expired: "This draft has expired. Please start the form again.",
      error: (reason) => `The draft could not be saved: ${reason}`,
      expires: (date) => `The draft is kept until ${date}.`,
    },
  },
  lv: {
    back: "Atpakaļ",
    next: "Turpināt",
    toReview: "Pārbaudīt atbildes",
    submit: "Iesniegt pieteikumu",
    submitting: "Iesniedz…",
    submitFailed: (reason) => `Pieteikumu neizdevās iesniegt: ${reason}`,
    progressLabel: "Aizpildīšanas gaita",
    stepOf: (step, total) => `${step}. solis no ${total}`,
    reviewTitle: "Pārbaudiet atbildes",
    reviewIntro: "Pārbaudiet savas atbildes. Lai kādu labotu, izmantojiet saiti Mainīt pie tās.",
    edit: "Mainīt",
    editLabel: (label) => `Mainīt: ${label}`,
    notAnswered: "Nav norādīts",
    yes: "Jā",
    no: "Nē",
    required: "(obligāti)",
    errorSummaryTitle: "Lūdzu, izlabojiet šos datus",
    errorPrefix: "Kļūda:",
    example: (example) => `Piemēram, ${example}.`,
    addItem: "Pievienot vēl",
    addItemLabel: (group) => `Pievienot vēl: ${group}`,
    removeItem: "Noņemt",
    removeItemLabel: (group, number) => `Noņemt: ${group} ${number}`,
    itemLegend: (group, number) => `${group} ${number}`,
    file: {
      limits: (types, maxSizeMb) => `Atļautie veidi: ${types}; ne vairāk kā ${maxSizeMb} MB.`,
      uploading: (percent) => `Augšupielādē… ${percent} %`,
      uploaded: (filename) => `Fails ${filename} ir pievienots.`,
      attached: "Pievienotais fails",
      remove: "Noņemt failu",
      removeLabel: (filename) => `Noņemt failu ${filename}`,
      tooLarge: (maxSizeMb) => `Fails ir lielāks par atļautajiem ${maxSizeMb} MB.`,
      wrongType: (types) => `Šāda veida failu nevar pievienot. Atļautie veidi: ${types}.`,
      failed: (reason) => `Failu neizdevās augšupielādēt: ${reason}`,
    },
    autosave: {
      saved: (time) => `Melnraksts saglabāts ${time}.`,
      pending: "Nesaglabātas izmaiņas…",
      saving: "Saglabā…",
      offline:
        "Jūs esat bezsaistē. Izmaiņas glabājas šajā ierīcē un tiks nosūtītas, kad savienojums atjaunosies.",
      conflict: "Šis melnraksts pa to laiku tika saglabāts citā logā. Ielādējiet tā jaunāko versiju.",
      reload: "Ielādēt jaunāko versiju",
      expired: "Melnraksta derīgums ir beidzies. Lūdzu, sāciet aizpildīt no jauna.",
      error: (reason) => `Melnrakstu neizdevās saglabāt: ${reason}`,
      expires: (date) => `Melnraksts tiks glabāts līdz ${date}.`,
    },
  },
};
