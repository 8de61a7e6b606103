import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { startDevMailbox, startReferenceBackOffice } from "./index.ts";

/**
 * Runs the reference back office and the development mailbox for the demo:
 * `PORT` (3001), `HOST` (127.0.0.1), `SMTP_PORT` (2525), `FILING_TOKEN`, `WEBHOOK_SECRET`,
 * `REFERENCE_PREFIX` (DUB). What arrives is kept in `.data/reference-back-office` of the checkout.
 */

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const dataDir = join(repositoryRoot, ".data", "reference-back-office");

function portFrom(name: string, fallback: number): number {
  const text = process.env[name];
  if (!text) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number (0–65535), not "${text}"`);
    process.exit(1);
  }
  return port;
}

function secretFrom(name: string, fallback: string): string {
  const value = process.env[name];
  if (value) return value;
  console.warn(`${name} is not set: using the development value "${fallback}"`);
  return fallback;
}

const host = process.env.HOST || "127.0.0.1";
const filingToken = secretFrom("FILING_TOKEN", "dev-filing-token");
const webhookSecret = secretFrom("WEBHOOK_SECRET", "dev-webhook-secret");

try {
  const backOffice = await startReferenceBackOffice({
    port: portFrom("PORT", 3001),
    host,
    filingToken,
    webhookSecrets: webhookSecret,
    referencePrefix: process.env.REFERENCE_PREFIX || "DUB",
    dataDir,
  });
  const mailDir = join(dataDir, "mail");
  const mailbox = await startDevMailbox({ port: portFrom("SMTP_PORT", 2525), host, dir: mailDir });
  console.log(`Reference back office   ${backOffice.url}  (what arrived: open it in a browser)`);
  console.log(`  filing service        ${backOffice.filing.url}  (Authorization: Bearer <FILING_TOKEN>)`);
  console.log(`  webhook inboxes       ${backOffice.url}/webhooks/<inbox>`);
  console.log(
    `Development mailbox     ${mailbox.url}  (messages in ${relative(process.cwd(), mailDir) || "."})`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      Promise.all([backOffice.close(), mailbox.close()]).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
