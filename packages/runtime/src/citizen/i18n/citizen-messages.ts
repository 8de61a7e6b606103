import type { CaseState, ChannelType } from "@civitas/definitions/constants";
import { runtimeLocaleOf } from "../../i18n/runtime-locale.ts";
import type { RuntimeLocale } from "../../i18n/runtime-messages.ts";
import { CITIZEN_CS } from "./citizen-messages-cs.ts";
import { CITIZEN_EN } from "./citizen-messages-en.ts";
import { CITIZEN_LV } from "./citizen-messages-lv.ts";

/**
 * Every text of the citizen pages that does not come from a definition. The form's own texts (Next,
 * Submit, autosave status …) are the runtime's, in `getRuntimeMessages`; these stay out of the embed.
 */
export interface CitizenMessages {
  skipToContent: string;
  language: string;
  mainNavigation: string;
  myApplications: string;
  signIn: string;
  signOut: string;
  signedInAs: (name: string) => string;
  loading: string;
  loadFailed: (reason: string) => string;
  errorTitle: string;
  retry: string;
  notFound: {
    title: string;
    text: string;
    organisation: string;
    service: string;
    lifeSituation: string;
    form: string;
    submission: string;
    toHome: string;
  };
  footer: { platform: string; verifyReceipt: string; contact: string };
  organisations: { title: string; intro: string; none: string };
  catalog: {
    intro: string;
    searchLabel: string;
    searchHint: string;
    results: (count: number, query: string) => string;
    lifeSituations: string;
    allServices: string;
    servicesOf: (lifeSituation: string) => string;
  };
  service: {
    howToApply: string;
    howToApplyIntro: string;
    requirements: string;
    outputs: string;
    deadlines: string;
    redress: string;
    contacts: string;
    legalBasis: string;
    lifeSituations: string;
  };
  channelTypes: Record<ChannelType, string>;
  channel: {
    steps: string;
    documents: string;
    costs: string;
    processingTime: string;
    fillInForm: string;
    address: string;
    openingHours: string;
    closed: string;
    exceptions: string;
    phone: string;
    email: string;
    web: string;
    dataBox: string;
    accessibility: string;
  };
  validFrom: (date: string) => string;
  validUntil: (date: string) => string;
  days: (count: number) => string;
  hours: (count: number) => string;
  lifeSituation: { stages: string; services: string; contacts: string };
  form: {
    signInTitle: string;
    signInText: string;
    signInAction: string;
    preparing: string;
    resumeTitle: string;
    resumeText: string;
    copyLink: string;
    linkCopied: string;
    resumeFailed: (reason: string) => string;
    startOver: string;
  };
  submission: {
    title: (caseNumber: string) => string;
    submitted: string;
    caseNumber: string;
    form: string;
    state: string;
    submittedAt: string;
    reference: string;
    history: string;
    receipt: string;
    downloadReceipt: string;
    downloading: string;
    receiptFailed: (reason: string) => string;
    receiptHint: string;
    thisDeviceOnly: string;
    signInText: string;
  };
  caseStates: Record<CaseState, string>;
  my: {
    title: string;
    signInText: string;
    drafts: string;
    noDrafts: string;
    lastSaved: (date: string) => string;
    keptUntil: (date: string) => string;
    continueLabel: (form: string) => string;
    continue: string;
    delete: string;
    deleteLabel: (form: string) => string;
    deleted: (form: string) => string;
    deleteFailed: (reason: string) => string;
    submissions: string;
    noSubmissions: string;
  };
  signInPage: {
    title: string;
    demoNotice: string;
    nameLabel: string;
    nameRequired: string;
    submit: string;
    submitting: string;
    failed: (reason: string) => string;
    already: (name: string) => string;
    continue: string;
  };
}

const MESSAGES: Record<RuntimeLocale, CitizenMessages> = { cs: CITIZEN_CS, en: CITIZEN_EN, lv: CITIZEN_LV };

/** The citizen pages' texts in a language; a language they have no texts in gets English. */
export function getCitizenMessages(locale: string): CitizenMessages {
  return MESSAGES[runtimeLocaleOf(locale)];
}
