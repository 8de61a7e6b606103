import type { ConnectorRoute, ConnectorType, FormSpec } from "@civitas/definitions";

/** A submission as connectors see it: what was submitted, under which case number, for which form. */
export interface SubmissionForDelivery {
  id: string;
  organisationId: string;
  /** In the organisation's default language. */
  organisationName: string;
  /** The organisation's default language: messages to its back office are written in it. */
  organisationLanguage: string;
  caseNumber: string;
  formId: string;
  formVersion: number;
  /** In the citizen's language. */
  formTitle: string;
  form: FormSpec;
  submittedAt: Date;
  locale: string;
  data: Record<string, unknown>;
  attachments: AttachmentForDelivery[];
}

export interface AttachmentForDelivery {
  id: string;
  /** The file field's path, e.g. `children[].birthCertificate`. */
  fieldPath: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface ReceiptFile {
  filename: string;
  pdf: Uint8Array;
  sha256: string;
}

/** One attempt at delivering a submission to one route. */
export interface Delivery<R extends ConnectorRoute = ConnectorRoute> {
  /** The outbox row: stable across attempts. */
  deliveryId: number;
  /** Stable per submission and route: receivers de-duplicate on it. */
  idempotencyKey: string;
  attempt: number;
  route: R;
  submission: SubmissionForDelivery;
  /** Aborted when the attempt takes longer than the delivery timeout. */
  signal: AbortSignal;
  /** A secret kept by the server under this name; a missing one is a permanent failure. */
  secret(name: string): string;
  /** The signed receipt PDF (issued on first use). */
  receipt(): Promise<ReceiptFile>;
  /** The bytes of an attachment of this submission. */
  attachmentContent(id: string): Promise<Uint8Array>;
  /** A signed link a receiver may fetch without credentials, valid for a limited time. */
  attachmentUrl(id: string): string;
  receiptUrl(): string;
}

/** What the receiver answered. */
export interface DeliveryOutcome {
  /** What the receiver called this delivery (a message id, a record number), for the delivery log. */
  reference?: string | undefined;
  /** The receiving case system's own reference for the case; the citizen sees it on their case. */
  caseReference?: string | undefined;
  /** A few words for the delivery log, e.g. "HTTP 200". */
  detail?: string | undefined;
}

/**
 * A failed attempt. `permanent` failures (the receiver refused the request itself, a setting is
 * missing) are not retried: the delivery goes straight to the dead letters, for an admin to replay
 * once it is fixed. Anything else thrown by a connector is retried.
 */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  constructor(message: string, options: { permanent?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "DeliveryError";
    this.permanent = options.permanent ?? false;
  }
}

/**
 * A connector delivers a submission to one kind of receiver. Adding one takes a route shape in
 * `@civitas/definitions` (`ConnectorRoute` in model/form-submission.ts, and its name in
 * `CONNECTOR_TYPES` in constants.ts), one file implementing this interface, its entry in
 * `connectors.ts`, and its test.
 */
export interface Connector<T extends ConnectorType = ConnectorType> {
  type: T;
  deliver(delivery: Delivery<Extract<ConnectorRoute, { connector: T }>>): Promise<DeliveryOutcome>;
  /** Releases what the connector holds (connection pools); called when the server stops. */
  close?(): Promise<void>;
}
