import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DevMailbox, startDevMailbox } from "../src/index.ts";
import { SmtpClient } from "./smtp-client.ts";

let mailbox: DevMailbox;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dev-mailbox-"));
  mailbox = await startDevMailbox({ port: 0, dir });
});
afterEach(async () => {
  await mailbox.close();
  await rm(dir, { recursive: true, force: true });
});

const pdf = Buffer.from("%PDF-1.7\n.a line that starts with a dot\n%%EOF\n");

const message = [
  "From: Civitas <no-reply@civitas.localhost>",
  "To: office@dubova.example",
  "Subject: =?UTF-8?B?xb3DoWRvc3QgMjAyNi0wMDAxMjM=?=",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit",
  "",
  "A new submission arrived.",
  ".And this line starts with a dot.",
  "--b1",
  'Content-Type: application/pdf; name="receipt.pdf"',
  'Content-Disposition: attachment; filename="receipt.pdf"',
  "Content-Transfer-Encoding: base64",
  "",
  pdf.toString("base64"),
  "--b1--",
].join("\r\n");

describe("the development mailbox", () => {
  it("takes a message with an attachment, with any credentials, and keeps it parsed and as .eml", async () => {
    expect(mailbox.url).toBe(`smtp://127.0.0.1:${mailbox.port}`);
    const { client, greeting } = await SmtpClient.connect(mailbox.port);
    try {
      expect(greeting.code).toBe(220);
      const ehlo = await client.command("EHLO test.localhost");
      expect(ehlo.code).toBe(250);
      expect(ehlo.text).not.toContain("STARTTLS");
      expect(
        (await client.command(`AUTH PLAIN ${Buffer.from("\0anyone\0anything").toString("base64")}`)).code,
      ).toBe(235);
      expect((await client.command("MAIL FROM:<no-reply@civitas.localhost>")).code).toBe(250);
      expect((await client.command("RCPT TO:<office@dubova.example>")).code).toBe(250);
      expect((await client.command("RCPT TO:<archive@dubova.example>")).code).toBe(250);
      expect((await client.command("DATA")).code).toBe(354);
      expect((await client.data(message)).code).toBe(250);
      await client.command("QUIT");
    } finally {
      client.close();
    }

    const [mail] = await mailbox.waitForMessages(1, 2000);
    expect(mail).toMatchObject({
      from: '"Civitas" <no-reply@civitas.localhost>',
      to: ["office@dubova.example", "archive@dubova.example"],
      subject: "Žádost 2026-000123",
      html: undefined,
    });
    expect(mail?.text).toContain("A new submission arrived.\n.And this line starts with a dot.");
    expect(mail?.attachments).toEqual([
      { filename: "receipt.pdf", contentType: "application/pdf", size: pdf.length, content: pdf },
    ]);
    expect(mail?.raw.toString()).toContain("Subject: =?UTF-8?B?");

    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-1\.eml$/);
    expect(await readFile(join(dir, files[0] ?? ""))).toEqual(mail?.raw);
  });

  it("takes a message without authentication", async () => {
    const { client } = await SmtpClient.connect(mailbox.port);
    try {
      await client.command("EHLO test.localhost");
      await client.command("MAIL FROM:<a@example.org>");
      await client.command("RCPT TO:<b@example.org>");
      await client.command("DATA");
      expect((await client.data("Subject: plain\r\n\r\nHello")).code).toBe(250);
    } finally {
      client.close();
    }
    const [mail] = await mailbox.waitForMessages(1);
    expect(mail).toMatchObject({
      from: "a@example.org",
      to: ["b@example.org"],
      subject: "plain",
      text: "Hello\n",
    });
  });

  it("refuses a message announced larger than 40 MiB", async () => {
    const { client } = await SmtpClient.connect(mailbox.port);
    try {
      await client.command("EHLO test.localhost");
      expect((await client.command("MAIL FROM:<a@example.org> SIZE=50000000")).code).toBe(552);
    } finally {
      client.close();
    }
  });

  it("tells how many messages arrived when waiting runs out", async () => {
    await expect(mailbox.waitForMessages(1, 50)).rejects.toThrow(
      "Expected 1 messages within 50 ms; 0 arrived",
    );
  });
});
