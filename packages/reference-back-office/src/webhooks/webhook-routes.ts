import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { sendError, sendFault } from "../api-errors.ts";
import type { FaultSwitch } from "../fault-switch.ts";
import type { WebhookLog } from "./webhook-log.ts";
import { verifySignature } from "./webhook-signature.ts";

/** What the webhook inboxes have been sent since start, for tests to check. */
export interface WebhookCounts {
  /** Every delivery POSTed, whatever its answer. */
  requests: number;
  /** Deliveries answered 500 or 503 by an injected fault. */
  faulted: number;
  /** Deliveries refused 401: signature missing, malformed, expired or wrong. */
  refused: number;
  /** Deliveries refused 400 or 404: unknown inbox, body not JSON, no Idempotency-Key. */
  invalid: number;
  /** Deliveries accepted, duplicates included. */
  accepted: number;
  /** Accepted deliveries whose Idempotency-Key their inbox had seen before. */
  duplicates: number;
}

export interface WebhookRoutesOptions {
  log: WebhookLog;
  /** One secret for every inbox, or the secret of each inbox (other inboxes do not exist). */
  secrets: string | Readonly<Record<string, string>>;
  replayWindowSeconds: number;
  faults: FaultSwitch;
  counts: WebhookCounts;
}

/** Room for a submission with its attachments inline in base64. */
const DELIVERY_BODY_LIMIT = 100 * 1024 * 1024;

const headerOf = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

/**
 * Webhook inboxes (register at the root): `POST /webhooks/:inbox` takes a signed delivery, and
 * `GET /webhooks/:inbox` lists what the inbox accepted. The body is kept as raw bytes until the
 * signature over them is verified.
 */
export const webhookRoutes: FastifyPluginAsync<WebhookRoutesOptions> = async (
  app,
  { log, secrets, replayWindowSeconds, faults, counts },
) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "*",
    { parseAs: "buffer", bodyLimit: DELIVERY_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  const secretOf = (inbox: string) =>
    typeof secrets === "string" ? secrets : Object.hasOwn(secrets, inbox) ? secrets[inbox] : undefined;

  app.post<{ Params: { inbox: string } }>("/webhooks/:inbox", async (request, reply) => {
    counts.requests += 1;
    const fault = faults.take();
    if (fault) {
      counts.faulted += 1;
      return sendFault(reply, fault, "The webhook inbox");
    }
    const { inbox } = request.params;
    const secret = secretOf(inbox);
    if (secret === undefined) {
      counts.invalid += 1;
      return sendError(reply, 404, "not-found", `There is no webhook inbox "${inbox}"`);
    }
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const verdict = verifySignature(secret, raw, headerOf(request, "civitas-signature"), {
      replayWindowSeconds,
    });
    if (!verdict.ok) {
      counts.refused += 1;
      return sendError(reply, 401, verdict.code, verdict.message);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      counts.invalid += 1;
      return sendError(reply, 400, "invalid-json", "The body is not JSON");
    }
    const key = headerOf(request, "idempotency-key");
    if (!key) {
      counts.invalid += 1;
      return sendError(reply, 400, "missing-idempotency-key", "The Idempotency-Key header is missing");
    }
    const headers = Object.fromEntries(
      Object.keys(request.headers).map((name) => [name, headerOf(request, name) ?? ""]),
    );
    const delivery = await log.add({
      inbox,
      key,
      deliveryId: headerOf(request, "civitas-delivery"),
      event: headerOf(request, "civitas-event"),
      headers,
      body,
      receivedAt: new Date(),
    });
    counts.accepted += 1;
    if (delivery.duplicate) counts.duplicates += 1;
    return { received: true, duplicate: delivery.duplicate };
  });

  app.get<{ Params: { inbox: string } }>("/webhooks/:inbox", async (request, reply) => {
    const { inbox } = request.params;
    if (secretOf(inbox) === undefined)
      return sendError(reply, 404, "not-found", `There is no webhook inbox "${inbox}"`);
    return { deliveries: log.all(inbox) };
  });
};
