import type {
  ChannelSpec,
  LifeSituationSpec,
  LocalizedText,
  OrganisationSpec,
  ServiceSpec,
} from "@civitas/definitions";
import type { CaseState } from "@civitas/definitions/constants";
import type { FormSpec } from "@civitas/definitions/form";

// The shapes the REST API answers with, as the citizen pages read them (types only: no model code
// reaches the bundle).

export interface CatalogEntry<S> {
  id: string;
  version: number;
  publishedAt: string;
  spec: S;
}

export interface Catalog {
  organisation: CatalogEntry<OrganisationSpec>;
  services: CatalogEntry<ServiceSpec>[];
  lifeSituations: CatalogEntry<LifeSituationSpec>[];
  channels: CatalogEntry<ChannelSpec>[];
  forms: { id: string; version: number; name: LocalizedText; allowAnonymous: boolean }[];
}

export interface PublishedForm {
  organisation: string;
  organisationName: LocalizedText;
  languages: string[];
  form: string;
  version: number;
  definition: FormSpec;
}

export interface Draft {
  id: string;
  organisation: string;
  form: string;
  formVersion: number;
  data: Record<string, unknown>;
  page: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  /** Only when an anonymous draft was just created. */
  resumeToken?: string;
}

export interface MyDraft {
  id: string;
  organisation: string;
  form: string;
  formName: string;
  formVersion: number;
  page: string | null;
  revision: number;
  updatedAt: string;
  expiresAt: string;
}

export interface Attachment {
  id: string;
  field: string;
  filename: string;
  size: number;
}

export interface SubmissionReceipt {
  id: string;
  caseNumber: string;
  state: CaseState;
  submittedAt: string;
  formVersion: number;
  receiptUrl: string;
  resumeToken?: string;
}

export interface SubmissionSummary {
  id: string;
  organisation: string;
  form: string;
  formVersion: number;
  caseNumber: string;
  state: CaseState;
  submittedAt: string;
  externalReference: string | null;
}

export interface OwnSubmission extends SubmissionSummary {
  locale: string;
  data: Record<string, unknown>;
  history: { state: CaseState; note: string | null; at: string }[];
}

export interface Citizen {
  signedIn: boolean;
  name: string | null;
}

/** An organisation with a published catalog, as the server lists them in the page shell. */
export interface OrganisationSummary {
  id: string;
  name: LocalizedText;
}
