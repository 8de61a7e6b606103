import type { Connector } from "../connector.ts";
import { DeliveryError } from "../connector.ts";
import { FilingServiceClient } from "./filing-service-client.ts";

/**
 * Files the submission in an electronic filing system: creates a record (keyed by the delivery's
 * idempotency key), uploads the signed receipt and every attachment, then reads the record back for
 * the filing system's own reference, which the citizen sees on their case.
 */
export const filingServiceConnector: Connector<"filing-service"> = {
  type: "filing-service",
  async deliver(delivery) {
    const { route, submission } = delivery;
    const token = route.secret ? delivery.secret(route.secret) : undefined;
    const client = new FilingServiceClient(route.url, token, delivery.signal);
    const record = await client.createRecord({
      externalId: delivery.idempotencyKey,
      title: `${submission.formTitle} ${submission.caseNumber}`,
      caseNumber: submission.caseNumber,
      organisation: submission.organisationId,
      form: { id: submission.formId, version: submission.formVersion },
      submittedAt: submission.submittedAt.toISOString(),
      locale: submission.locale,
      data: submission.data,
    });
    if (!record?.id) throw new DeliveryError("The filing service created a record without an id");

    const receipt = await delivery.receipt();
    await client.uploadDocument(record.id, {
      name: receipt.filename,
      kind: "receipt",
      contentType: "application/pdf",
      content: receipt.pdf,
    });
    for (const file of submission.attachments) {
      await client.uploadDocument(record.id, {
        // Names must be unique in the record: two fields may hold files of the same name.
        name: `${file.id}-${file.filename}`,
        kind: "attachment",
        contentType: file.contentType,
        content: await delivery.attachmentContent(file.id),
      });
    }
    const filed = await client.getRecord(record.id);
    if (!filed.reference) throw new DeliveryError("The filing service gave the record no reference");
    return { reference: filed.reference, caseReference: filed.reference, detail: `record ${filed.id}` };
  },
};
