import { renderSubmissionEmail } from "@civitas/templates/email";
import nodemailer, { type Transporter } from "nodemailer";
import { localize } from "../../drafts/localize.ts";
import { buildReceiptModel } from "../../receipts/receipt-model.ts";
import { type Connector, type Delivery, DeliveryError } from "../connector.ts";

export interface EmailSettings {
  /** `smtp://user:pass@host:port` or `smtps://…`; without it e-mail routes fail until it is set. */
  smtpUrl: string | undefined;
  from: string;
  /** How long the SMTP server may take to connect, greet or answer. */
  timeoutMs: number;
}

const DEFAULT_TEMPLATE = "submission-notification";

type EmailDelivery = Delivery<Extract<Delivery["route"], { connector: "email" }>>;

/** The message to the back office, in the organisation's language, from a Handlebars template. */
export function composeSubmissionEmail(delivery: EmailDelivery, links: { receiptAttached: boolean }) {
  const { submission, route } = delivery;
  const locale = submission.organisationLanguage;
  const model = buildReceiptModel({
    form: submission.form,
    data: submission.data,
    locale,
    fallbackLocale: locale,
    organisationName: submission.organisationName,
    title: localize(submission.form.name, locale),
    caseNumber: submission.caseNumber,
    submittedAt: submission.submittedAt,
    formId: submission.formId,
    formVersion: submission.formVersion,
    submissionId: submission.id,
    attachments: submission.attachments,
    listAttachments: true,
    verificationUrl: delivery.receiptUrl(),
  });
  let linksValidUntil = "";
  const attachments = submission.attachments.map((file, index) => {
    const url = delivery.attachmentUrl(file.id);
    linksValidUntil = new URL(url).searchParams.get("expires") ?? "";
    return { filename: file.filename, size: model.attachments[index]?.size ?? `${file.size} B`, url };
  });
  return renderSubmissionEmail(route.template ?? DEFAULT_TEMPLATE, locale, {
    organisation: submission.organisationName,
    formTitle: model.title,
    formVersion: submission.formVersion,
    caseNumber: submission.caseNumber,
    submittedAt: model.submittedAtText,
    answers: model.answers.map((row) => ({ label: row.label, value: row.value, depth: row.depth })),
    attachments,
    linksValidUntil: linksValidUntil
      ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Prague" }).format(
          new Date(Number(linksValidUntil) * 1000),
        )
      : "",
    receiptAttached: links.receiptAttached,
  });
}

/**
 * Sends the submission by e-mail over SMTP (nodemailer): the text from a template in
 * `@civitas/templates`, the signed receipt attached, and signed links to the attachments. The
 * Message-ID is derived from the idempotency key, so a receiving system can spot a repeated delivery.
 */
export function createEmailConnector(settings: EmailSettings): Connector<"email"> {
  let transport: Transporter | undefined;
  const transportFor = () => {
    if (!settings.smtpUrl)
      throw new DeliveryError("No SMTP server is set: set SMTP_URL and replay the delivery", {
        permanent: true,
      });
    const timeout = settings.timeoutMs;
    transport ??= nodemailer.createTransport({
      url: settings.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    return transport;
  };

  return {
    type: "email",
    async deliver(delivery) {
      const smtp = transportFor();
      const receipt = delivery.route.attachReceipt ? await delivery.receipt() : undefined;
      let message: ReturnType<typeof composeSubmissionEmail>;
      try {
        message = composeSubmissionEmail(delivery, { receiptAttached: Boolean(receipt) });
      } catch (error) {
        throw new DeliveryError(`The e-mail could not be written: ${(error as Error).message}`, {
          permanent: true,
          cause: error,
        });
      }
      const domain = new URL(settings.smtpUrl ?? "smtp://localhost").hostname || "localhost";
      const messageId = `<${delivery.idempotencyKey.replace(/[^A-Za-z0-9.-]/g, ".")}@${domain}>`;
      try {
        const info = await smtp.sendMail({
          from: settings.from,
          to: delivery.route.to,
          subject: message.subject,
          text: message.text,
          messageId,
          headers: { "Idempotency-Key": delivery.idempotencyKey },
          attachments: receipt
            ? [
                {
                  filename: receipt.filename,
                  content: Buffer.from(receipt.pdf),
                  contentType: "application/pdf",
                },
              ]
            : [],
        });
        return {
          reference: info.messageId,
          detail: `accepted by SMTP for ${info.accepted?.length ?? 0} recipient(s)`,
        };
      } catch (error) {
        const responseCode = (error as { responseCode?: number }).responseCode;
        // 5xx SMTP replies are permanent (unknown recipient, refused); anything else is retried.
        throw new DeliveryError(`The SMTP server did not take the message: ${(error as Error).message}`, {
          permanent: typeof responseCode === "number" && responseCode >= 500,
          cause: error,
        });
      }
    },
    async close() {
      transport?.close();
    },
  };
}
