export type { ServiceMode } from "./fault-switch.ts";
export type { FilingCounts } from "./filing/filing-routes.ts";
export type { FiledDocument, FiledRecord, NewFilingRecord } from "./filing/filing-store.ts";
export {
  type DevMailbox,
  type DevMailboxOptions,
  type ReceivedMail,
  type ReceivedMailAttachment,
  startDevMailbox,
} from "./mailbox/dev-mailbox.ts";
export {
  type FaultControls,
  type FilingServiceHandle,
  type ReferenceBackOffice,
  type ReferenceBackOfficeOptions,
  startReferenceBackOffice,
  type WebhookInboxHandle,
} from "./reference-back-office.ts";
export type { ReceivedWebhook } from "./webhooks/webhook-log.ts";
export type { WebhookCounts } from "./webhooks/webhook-routes.ts";
