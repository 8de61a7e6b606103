import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { type Connector, type Delivery, DeliveryError, type ReceiptFile } from "../connectors/connector.ts";
import type { ConnectorSet } from "../connectors/connectors.ts";
import type { Database } from "../db/schema.ts";
import type { DeliveryLinks } from "./delivery-links.ts";
import { type ClaimedDelivery, recordDelivered, recordFailed } from "./outbox-repository.ts";
import { retryDelayMs } from "./retry-backoff.ts";
import { loadSubmissionForDelivery } from "./submission-for-delivery.ts";

export interface DeliveryServices {
  db: Kysely<Database>;
  connectors: ConnectorSet;
  links: DeliveryLinks;
  /** The signed receipt of a submission, issued on first use. */
  receiptFor(submissionId: string): Promise<ReceiptFile>;
  /** A secret kept by the server (an environment variable of that name). */
  secrets(name: string): string | undefined;
  log: FastifyBaseLogger;
  timeoutMs: number;
  retry: { baseMs: number; maxMs: number };
  /** Told of each attempt's outcome (metrics). */
  onOutcome?(connector: string, outcome: "delivered" | "failed" | "dead", durationMs: number): void;
}

/** The key a receiver de-duplicates on: the same for every attempt of a submission's route. */
export const deliveryIdempotencyKey = (submissionId: string, routeId: string) => `${submissionId}:${routeId}`;

/**
 * Makes one attempt at a claimed delivery and records its outcome: delivered (with the receiver's
 * reference), failed and due again after a backoff, or dead after a permanent failure or the
 * route's last attempt.
 */
export async function deliverOne(services: DeliveryServices, claimed: ClaimedDelivery): Promise<void> {
  const { db, log } = services;
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), services.timeoutMs);
  let maxAttempts = 1;
  try {
    const submission = await loadSubmissionForDelivery(db, claimed.submission_id);
    if (!submission) throw new DeliveryError("The submission no longer exists", { permanent: true });
    const route = submission.form.submission.routes.find((candidate) => candidate.id === claimed.route_id);
    if (!route || route.connector !== claimed.connector)
      throw new DeliveryError(`The form version has no ${claimed.connector} route ${claimed.route_id}`, {
        permanent: true,
      });
    maxAttempts = route.maxAttempts;
    const attachmentIds = new Set(submission.attachments.map((file) => file.id));
    const delivery: Delivery = {
      deliveryId: claimed.id,
      idempotencyKey: deliveryIdempotencyKey(submission.id, route.id),
      attempt: claimed.attempts,
      route,
      submission,
      signal: controller.signal,
      secret(name) {
        const value = services.secrets(name);
        if (!value)
          throw new DeliveryError(
            `The server has no secret ${name}: set the environment variable ${name} and replay the delivery`,
            { permanent: true },
          );
        return value;
      },
      receipt: () => services.receiptFor(submission.id),
      async attachmentContent(id) {
        const row = await db
          .selectFrom("attachments")
          .select("content")
          .where("id", "=", id)
          .where("submission_id", "=", submission.id)
          .executeTakeFirst();
        if (!row)
          throw new DeliveryError(`Attachment ${id} of the submission is missing`, { permanent: true });
        return row.content;
      },
      attachmentUrl(id) {
        if (!attachmentIds.has(id)) throw new DeliveryError(`Attachment ${id} is not part of the submission`);
        return services.links.linkTo({ kind: "attachment", id }).url;
      },
      receiptUrl: () => services.links.linkTo({ kind: "receipt", id: submission.id }).url,
    };
    // The set holds the connector of each route type, so this one takes this route.
    const outcome = await (services.connectors[route.connector] as Connector).deliver(delivery);
    const durationMs = Math.round(performance.now() - started);
    await recordDelivered(db, {
      id: claimed.id,
      attempt: claimed.attempts,
      durationMs,
      detail: outcome.detail,
      reference: outcome.reference,
    });
    if (outcome.caseReference) await rememberExternalReference(db, submission.id, outcome.caseReference);
    services.onOutcome?.(claimed.connector, "delivered", durationMs);
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const permanent = error instanceof DeliveryError && error.permanent;
    const detail = controller.signal.aborted
      ? `No answer within ${services.timeoutMs} ms`
      : error instanceof Error
        ? error.message
        : String(error);
    const retryAt =
      permanent || claimed.attempts >= maxAttempts
        ? undefined
        : new Date(Date.now() + retryDelayMs(claimed.attempts, services.retry));
    await recordFailed(db, { id: claimed.id, attempt: claimed.attempts, durationMs, detail, retryAt });
    services.onOutcome?.(claimed.connector, retryAt ? "failed" : "dead", durationMs);
    log.warn(
      {
        delivery: claimed.id,
        submission: claimed.submission_id,
        route: claimed.route_id,
        attempt: claimed.attempts,
        retryAt,
        reason: detail,
      },
      retryAt ? "delivery failed; will retry" : "delivery dead-lettered",
    );
  } finally {
    clearTimeout(timer);
  }
}

/** The receiver's case reference becomes the case's, unless the back office already reported one. */
async function rememberExternalReference(db: Kysely<Database>, submissionId: string, reference: string) {
  await db
    .updateTable("submissions")
    .set({ external_reference: reference })
    .where("id", "=", submissionId)
    .where("external_reference", "is", null)
    .execute();
}
