import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { FileWriter } from "../file-writer.ts";
import { reachableHost } from "../reachable-host.ts";

export interface DevMailboxOptions {
  /** 0 (the default) takes a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Writes every message there as `<timestamp>-<n>.eml` too. */
  dir?: string;
}

export interface ReceivedMailAttachment {
  filename: string | undefined;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface ReceivedMail {
  /** The From header as written (`Civitas <no-reply@…>`), or the envelope sender when there is none. */
  from: string;
  /** The envelope recipients: everyone the message was delivered to, Bcc included. */
  to: string[];
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  attachments: ReceivedMailAttachment[];
  /** The message exactly as received. */
  raw: Buffer;
  receivedAt: Date;
}

export interface DevMailbox {
  port: number;
  /** `smtp://<host>:<port>`: what a sender's SMTP URL points at. */
  url: string;
  /** The messages received so far, oldest first. */
  messages(): ReceivedMail[];
  /** Resolves with the messages once there are `count` of them; rejects after `timeoutMs` (default 5 s). */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** The largest message accepted: a few 10 MiB attachments in base64. */
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

/** An SMTP error with the reply code the client gets. */
const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

const readAll = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * Starts an SMTP server for development and tests that accepts every message — without TLS, with
 * any credentials or none — and keeps it, parsed, in memory (and as an `.eml` file in `dir`).
 */
export async function startDevMailbox(options: DevMailboxOptions = {}): Promise<DevMailbox> {
  const { host = "127.0.0.1", dir } = options;
  if (dir) await mkdir(dir, { recursive: true });
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const writer = new FileWriter();

  async function accept(raw: Buffer, session: SMTPServerSession) {
    const parsed = await simpleParser(raw);
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
    const mail: ReceivedMail = {
      from: parsed.from?.text || envelopeFrom,
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html || undefined,
      attachments: parsed.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        size: attachment.content.length,
        content: attachment.content,
      })),
      raw,
      receivedAt: new Date(),
    };
    if (dir) {
      const stamp = mail.receivedAt.toISOString().replace(/[:.]/g, "-");
      await writer.write(join(dir, `${stamp}-${received.length + 1}.eml`), raw);
    }
    received.push(mail);
    for (const waiter of [...waiters]) waiter();
  }

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    banner: "Civitas development mailbox",
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "anonymous" });
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then((raw) => {
          if (stream.sizeExceeded) throw smtpError(552, `The message exceeds ${MAX_MESSAGE_BYTES} bytes`);
          return accept(raw, session);
        })
        .then(
          () => callback(),
          (error: Error & { responseCode?: number }) =>
            callback(
              error.responseCode ? error : smtpError(451, `The message could not be kept: ${error.message}`),
            ),
        );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that hangs up mid-dialogue is its own problem, not the mailbox's.
  server.on("error", () => undefined);
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("The development mailbox has no TCP address");

  return {
    port: address.port,
    url: `smtp://${reachableHost(host)}:${address.port}`,
    messages: () => [...received],
    waitForMessages(count, timeoutMs = 5000) {
      if (received.length >= count) return Promise.resolve([...received]);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve([...received]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} messages within ${timeoutMs} ms; ${received.length} arrived`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await writer.idle();
    },
  };
}
