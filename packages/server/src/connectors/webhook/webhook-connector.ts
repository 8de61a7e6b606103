import type { Connector, Delivery } from "../connector.ts";
import { failureOf, unreachable } from "../http-failure.ts";
import { signWebhook } from "./webhook-signature.ts";

type WebhookDelivery = Delivery<Extract<Delivery["route"], { connector: "webhook" }>>;

/** The JSON a webhook receiver gets; described for integrators in docs/back-office-integration.md. */
export async function webhookPayload(delivery: WebhookDelivery) {
  const { submission, route } = delivery;
  const attachments = await Promise.all(
    submission.attachments.map(async (file) => ({
      fieldPath: file.fieldPath,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      ...(route.attachments === "inline"
        ? { contentBase64: Buffer.from(await delivery.attachmentContent(file.id)).toString("base64") }
        : { url: delivery.attachmentUrl(file.id) }),
    })),
  );
  return {
    event: "submission.created",
    deliveryId: delivery.deliveryId,
    idempotencyKey: delivery.idempotencyKey,
    submission: {
      id: submission.id,
      caseNumber: submission.caseNumber,
      organisation: submission.organisationId,
      form: { id: submission.formId, version: submission.formVersion },
      submittedAt: submission.submittedAt.toISOString(),
      locale: submission.locale,
      data: submission.data,
    },
    attachments,
    receipt: { url: delivery.receiptUrl() },
  };
}

/**
 * POSTs the submission as JSON, signed with HMAC-SHA256 over the timestamp and the body
 * (`Civitas-Signature`), with the delivery's idempotency key.
 */
export const webhookConnector: Connector<"webhook"> = {
  type: "webhook",
  async deliver(delivery) {
    const body = JSON.stringify(await webhookPayload(delivery));
    const secret = delivery.secret(delivery.route.secret);
    let response: Response;
    try {
      response = await fetch(delivery.route.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "idempotency-key": delivery.idempotencyKey,
          "civitas-delivery": String(delivery.deliveryId),
          "civitas-event": "submission.created",
          "civitas-signature": signWebhook(secret, body),
          "user-agent": "Civitas-Webhook/1",
        },
        body,
        signal: delivery.signal,
        redirect: "manual",
      });
    } catch (error) {
      throw unreachable(error, `The webhook ${delivery.route.url}`);
    }
    if (!response.ok) throw await failureOf(response, `The webhook ${delivery.route.url}`);
    await response.body?.cancel();
    return { detail: `HTTP ${response.status}` };
  },
};
