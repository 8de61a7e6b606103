import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string (so arrays are never taken for PostgreSQL arrays). */
type Json<T = unknown> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: string;
  name: Json<Record<string, string>>;
  created_at: Timestamp;
}

export interface StaffUsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  created_at: Timestamp;
  /** Added by 2026-11-21-0040-staff-last-sign-in. */
  last_sign_in_at: Timestamp | null;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  roles: string[];
}

export interface StaffSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  roles: string[];
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface DocumentsTable {
  organisation_id: string;
  kind: string;
  id: string;
  created_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface DocumentVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: string;
  document_id: string;
  version: number;
  content: Json;
  content_hash: string;
  published_by: string;
  published_at: Timestamp;
}

export interface WorkingCopiesTable {
  organisation_id: string;
  kind: string;
  document_id: string;
  content: Json;
  state: string;
  base_version: number | null;
  publish_at: Timestamp | null;
  /** Who scheduled the publication (added by 2026-11-21-0010-registry). */
  scheduled_by: string | null;
  comment: string | null;
  updated_by: string;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  organisation_id: string;
  actor: string;
  action: string;
  kind: string | null;
  document_id: string | null;
  detail: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface DraftsTable {
  id: Generated<string>;
  organisation_id: string;
  form_id: string;
  form_version_id: string;
  owner_subject: string | null;
  resume_token_hash: string | null;
  data: Json<Record<string, unknown>>;
  page: string | null;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  expires_at: Timestamp;
  /** Days kept after each save, from the pinned form version; null only on rows written without it. */
  retention_days: number;
}

export interface SubmissionsTable {
  id: Generated<string>;
  organisation_id: string;
  form_id: string;
  form_version_id: string;
  case_number: string;
  owner_subject: string | null;
  resume_token_hash: string | null;
  idempotency_key: string;
  data: Json<Record<string, unknown>>;
  locale: string;
  state: string;
  external_reference: string | null;
  submitted_at: Timestamp;
}

export interface CaseStateHistoryTable {
  id: Generated<number>;
  submission_id: string;
  state: string;
  note: string | null;
  actor: string;
  at: Timestamp;
}

export interface CaseCountersTable {
  organisation_id: string;
  scope: string;
  value: number;
}

export interface OutboxTable {
  id: Generated<number>;
  submission_id: string;
  route_id: string;
  connector: string;
  state: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  /** What the receiver called it (a filing-service reference, a message id). */
  reference: string | null;
  last_attempt_at: Timestamp | null;
}

export interface DeliveryAttemptsTable {
  id: Generated<number>;
  outbox_id: number;
  attempt: number;
  /** delivered, failed (will be retried) or dead. */
  outcome: string;
  detail: string | null;
  duration_ms: number;
  at: Timestamp;
}

export interface ReceiptsTable {
  submission_id: string;
  organisation_id: string;
  pdf: Uint8Array;
  sha256: string;
  verification_code: string;
  signer_fingerprint: string;
  created_at: Timestamp;
}

export interface SigningCredentialsTable {
  organisation_id: string;
  p12: Uint8Array;
  password: string;
  certificate_pem: string;
  fingerprint_sha256: string;
  development: boolean;
  ca_certificate_pem: string | null;
  created_at: Timestamp;
}

export interface SigningCertificatesTable {
  fingerprint_sha256: string;
  organisation_id: string;
  certificate_pem: string;
  development: boolean;
  created_at: Timestamp;
}

export interface JobRunsTable {
  name: string;
  last_run_at: Timestamp;
}

export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: string;
  organisation_id: string;
  draft_id: string | null;
  submission_id: string | null;
  field_path: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_at: Timestamp;
}

export interface CitizenSessionsTable {
  token_hash: string;
  subject: string;
  name: string;
  provider: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** The database as Kysely sees it. */
export interface Database {
  organisations: OrganisationsTable;
  staff_users: StaffUsersTable;
  memberships: MembershipsTable;
  staff_sessions: StaffSessionsTable;
  api_keys: ApiKeysTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  working_copies: WorkingCopiesTable;
  audit_log: AuditLogTable;
  drafts: DraftsTable;
  submissions: SubmissionsTable;
  case_state_history: CaseStateHistoryTable;
  case_counters: CaseCountersTable;
  outbox: OutboxTable;
  attachments: AttachmentsTable;
  citizen_sessions: CitizenSessionsTable;
  delivery_attempts: DeliveryAttemptsTable;
  receipts: ReceiptsTable;
  signing_credentials: SigningCredentialsTable;
  signing_certificates: SigningCertificatesTable;
  server_keys: ServerKeysTable;
  job_runs: JobRunsTable;
}

export type DraftRow = Selectable<DraftsTable>;
export type SubmissionRow = Selectable<SubmissionsTable>;
export type DocumentVersionRow = Selectable<DocumentVersionsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
