import type { FiledRecord } from "./filing/filing-store.ts";
import type { ReceivedWebhook } from "./webhooks/webhook-log.ts";

/** How many of the newest records and deliveries the page shows. */
const SHOWN = 200;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: unknown): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const row = (cells: unknown[]) =>
  `<tr>${cells.map((cell) => `<td>${escapeHtml(cell ?? "")}</td>`).join("")}</tr>`;

const table = (headings: string[], rows: string[], empty: string) =>
  rows.length === 0
    ? `<p>${escapeHtml(empty)}</p>`
    : `<table><thead><tr>${headings.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;

const newestFirst = <T>(items: T[]) => items.slice(-SHOWN).reverse();

const caseNumberOf = (body: unknown) => {
  const submission = (body as { submission?: { caseNumber?: unknown } } | null)?.submission;
  return typeof submission?.caseNumber === "string" ? submission.caseNumber : "";
};

/** The read-only page at `GET /`: what was filed and what the webhook inboxes accepted, newest first. */
export function overviewPage(records: FiledRecord[], deliveries: ReceivedWebhook[]): string {
  const recordRows = newestFirst(records).map((record) =>
    row([
      record.reference,
      record.caseNumber,
      record.title,
      record.organisation,
      `${record.form.id} v${record.form.version}`,
      record.createdAt,
      record.documents
        .map((document) => `${document.name} (${document.kind}, ${document.size} B)`)
        .join(", "),
    ]),
  );
  const deliveryRows = newestFirst(deliveries).map((delivery) =>
    row([
      delivery.receivedAt.toISOString(),
      delivery.inbox,
      delivery.event,
      caseNumberOf(delivery.body),
      delivery.key,
      delivery.deliveryId,
      delivery.duplicate ? "yes" : "no",
    ]),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="5">
<title>Reference back office</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
</style>
</head>
<body>
<h1>Reference back office</h1>
<p>What the platform delivered here. The page refreshes every 5 seconds.</p>
<h2>Filed records (${records.length})</h2>
${table(["Reference", "Case number", "Title", "Organisation", "Form", "Filed at", "Documents"], recordRows, "Nothing filed yet.")}
<h2>Webhook deliveries (${deliveries.length})</h2>
${table(["Received at", "Inbox", "Event", "Case number", "Idempotency-Key", "Delivery", "Duplicate"], deliveryRows, "No deliveries yet.")}
</body>
</html>
`;
}
