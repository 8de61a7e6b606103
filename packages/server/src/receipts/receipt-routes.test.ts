import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { dogData, publishFeedbackForm, submit } from "../submissions/test-kit.ts";
import { buildReceiptModel } from "./receipt-model.ts";
import { kindergartenReceiptInput } from "./receipts-test-support.ts";
import { renderSignedReceipt } from "./sign-pdf.ts";
import { createDevelopmentCredentials, loadPkcs12 } from "./signing-credentials.ts";
import { verifyPdfSignature } from "./verify-pdf-signature.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";

let server: TestServer;
let citizen: string;
let submission: { id: string; caseNumber: string };
let receipt: Buffer;
let dir: string;

type Part = { name: string; value: string } | { name: string; filename: string; bytes: Uint8Array };

/** A multipart/form-data body of text fields and files. */
function multipart(parts: Part[]) {
  const boundary = `----civitas${randomBytes(8).toString("hex")}`;
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      "value" in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
            "Content-Type: application/octet-stream\r\n\r\n",
    ),
    ...("value" in part ? [] : [Buffer.from(part.bytes), Buffer.from("\r\n")]),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const citizenReceipt = (id: string, auth: { cookie?: string; resumeToken?: string }) =>
  server.request({
    method: "GET",
    url: `/api/v1/submissions/${id}/receipt`,
    ...(auth.cookie ? { cookie: auth.cookie } : {}),
    ...(auth.resumeToken ? { headers: { "x-resume-token": auth.resumeToken } } : {}),
  });

const verify = (pdf: Uint8Array) =>
  server.request({
    method: "POST",
    url: "/api/v1/receipts/verify",
    headers: { "content-type": "application/pdf" },
    payload: Buffer.from(pdf),
  });

const storedReceipt = (submissionId: string) =>
  server.db
    .selectFrom("receipts")
    .select(["verification_code", "signer_fingerprint", "sha256"])
    .where("submission_id", "=", submissionId)
    .executeTakeFirstOrThrow();

const signingCertificate = (cookie: string) =>
  server.request({ method: "GET", url: `/api/v1/organisations/${DEMO_ORG}/signing-certificate`, cookie });

const installCertificate = (cookie: string, p12: Uint8Array, password: string) =>
  server.request({
    method: "PUT",
    url: `/api/v1/organisations/${DEMO_ORG}/signing-certificate`,
    cookie,
    ...multipart([
      { name: "p12", filename: "dubova.p12", bytes: p12 },
      { name: "password", value: password },
    ]),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civitas-receipt-routes-"));
  server = await createTestServer();
  citizen = await server.citizen("Jana Nováková");
  const submitted = await submit(server, { form: "dog-registration", data: dogData(), cookie: citizen });
  expect(submitted.statusCode).toBe(201);
  submission = submitted.json();
  const downloaded = await citizenReceipt(submission.id, { cookie: citizen });
  expect(downloaded.statusCode).toBe(200);
  receipt = downloaded.rawPayload;
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("downloading a receipt", () => {
  it("gives the citizen their receipt as a signed PDF, the same bytes every time", async () => {
    const again = await citizenReceipt(submission.id, { cookie: citizen });
    expect(again.statusCode).toBe(200);
    expect(again.headers["content-type"]).toBe("application/pdf");
    expect(again.headers["content-disposition"]).toBe(
      `attachment; filename="receipt-${submission.caseNumber}.pdf"`,
    );
    expect(again.rawPayload.equals(receipt)).toBe(true);
    const stored = await storedReceipt(submission.id);
    expect(verifyPdfSignature(receipt)).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: true,
      signer: { fingerprintSha256: stored.signer_fingerprint },
    });
  });

  it("is not found for another citizen and asks an unknown visitor to sign in", async () => {
    const other = await server.citizen("Petr Svoboda");
    const foreign = await citizenReceipt(submission.id, { cookie: other });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe("not-found");
    const anonymous = await citizenReceipt(submission.id, {});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toMatch(/Sign in/);
  });

  it("gives the back office the very receipt the citizen got", async () => {
    const apiKey = await server.apiKey(DEMO_ORG, ["back-office"]);
    const response = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${DEMO_ORG}/submissions/${submission.id}/receipt`,
      apiKey,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.rawPayload.equals(receipt)).toBe(true);
  });
});

describe("verifying a receipt", () => {
  it("finds the issued receipt genuine and unmodified, and names its submission", async () => {
    const response = await verify(receipt);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      genuine: true,
      unmodified: true,
      submission: { id: submission.id, caseNumber: submission.caseNumber, state: "submitted" },
      signer: { development: true, subject: expect.stringContaining("CN=") },
      signedAt: expect.any(String),
      problems: [],
    });
  });

  it("takes the receipt as the file of a form too", async () => {
    const response = await server.request({
      method: "POST",
      url: "/api/v1/receipts/verify",
      ...multipart([{ name: "receipt", filename: "receipt.pdf", bytes: receipt }]),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ genuine: true, unmodified: true });
  });

  it("finds a copy with a changed byte neither genuine nor unmodified, and says why", async () => {
    const changed = Buffer.from(receipt);
    changed[10] = (changed[10] as number) ^ 0x01;
    const verdict = (await verify(changed)).json();
    expect(verdict).toMatchObject({ genuine: false, unmodified: false, submission: null });
    expect(verdict.problems).toContain("The signed content was changed after signing");
  });

  it("finds a copy with content added after signing genuine but modified", async () => {
    const appended = Buffer.concat([receipt, Buffer.from("\n% added later\n%%EOF\n")]);
    const verdict = (await verify(appended)).json();
    expect(verdict).toMatchObject({
      genuine: true,
      unmodified: false,
      submission: { caseNumber: submission.caseNumber },
    });
    expect(verdict.problems).toContain("Content was added to the file after it was signed");
  });

  it("refuses what is not a PDF, or nothing, with a clear message", async () => {
    const random = await verify(randomBytes(2048));
    expect(random.statusCode).toBe(400);
    expect(random.json().error.message).toMatch(/not a PDF/);
    const empty = await verify(new Uint8Array());
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe("No receipt was sent");
    const text = await server.request({
      method: "POST",
      url: "/api/v1/receipts/verify",
      headers: { "content-type": "text/plain" },
      payload: "a receipt",
    });
    expect(text.statusCode).toBe(415);
  });

  it("does not take a receipt signed with a certificate of someone else for genuine", async () => {
    const development = await createDevelopmentCredentials("Město Dubová");
    const forged = await renderSignedReceipt(
      buildReceiptModel(kindergartenReceiptInput("cs", { caseNumber: submission.caseNumber })),
      loadPkcs12(development.p12, development.password),
    );
    const verdict = (await verify(forged)).json();
    expect(verdict).toMatchObject({ genuine: false, unmodified: false, submission: null });
    expect(verdict.problems).toContain("The signature was not made with a certificate of this platform");
  });

  it("answers a receipt's QR code with its submission, and an unknown code with 404", async () => {
    const { verification_code: code } = await storedReceipt(submission.id);
    const known = await server.request({ method: "GET", url: `/api/v1/receipts/verify/${code}` });
    expect(known.statusCode).toBe(200);
    expect(known.json()).toMatchObject({ id: submission.id, caseNumber: submission.caseNumber });
    const unknown = await server.request({
      method: "GET",
      url: `/api/v1/receipts/verify/${randomBytes(18).toString("base64url")}`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("shows the verification page of a known code with the case number, and 404 for an unknown one", async () => {
    const { verification_code: code } = await storedReceipt(submission.id);
    const page = await server.request({ method: "GET", url: `/verify/${code}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain(submission.caseNumber);
    const unknown = await server.request({
      method: "GET",
      url: `/verify/${randomBytes(18).toString("base64url")}`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(unknown.body).not.toContain(submission.caseNumber);
  });

  it("checks an uploaded receipt on the verification page", async () => {
    const page = await server.request({
      method: "POST",
      url: "/verify",
      ...multipart([{ name: "receipt", filename: "receipt.pdf", bytes: receipt }]),
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(submission.caseNumber);
  });
});

describe("the organisation's signing certificate", () => {
  it("is installed from a PKCS#12 by an admin: later receipts use it, earlier ones still verify", async () => {
    const admin = (await server.staff({ [DEMO_ORG]: ["admin"] })).cookie;
    const officer = (await server.staff({ [DEMO_ORG]: ["officer"] })).cookie;
    const before = await signingCertificate(admin);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ development: true });
    expect(before.body).not.toContain("PRIVATE KEY");

    const own = await createDevelopmentCredentials("Město Dubová");
    const ownFingerprint = loadPkcs12(own.p12, own.password).fingerprintSha256;
    expect(ownFingerprint).not.toBe(before.json().fingerprintSha256);

    const byOfficer = await installCertificate(officer, own.p12, own.password);
    expect(byOfficer.statusCode).toBe(403);
    const wrongPassword = await installCertificate(admin, own.p12, "not the password");
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json().error.message).toMatch(/password is wrong/);
    expect((await signingCertificate(admin)).json().fingerprintSha256).toBe(before.json().fingerprintSha256);

    const installed = await installCertificate(admin, own.p12, own.password);
    expect(installed.statusCode).toBe(200);
    expect(installed.json()).toMatchObject({ fingerprintSha256: ownFingerprint, development: false });
    expect(installed.body).not.toContain("PRIVATE KEY");
    const after = await signingCertificate(admin);
    expect(after.json()).toMatchObject({ fingerprintSha256: ownFingerprint, development: false });
    expect(after.body).not.toContain("PRIVATE KEY");

    const next = (
      await submit(server, { form: "dog-registration", data: dogData(), cookie: citizen })
    ).json();
    const nextReceipt = await citizenReceipt(next.id, { cookie: citizen });
    expect(nextReceipt.statusCode).toBe(200);
    expect(verifyPdfSignature(nextReceipt.rawPayload)).toMatchObject({
      intact: true,
      signer: { fingerprintSha256: ownFingerprint },
    });
    expect((await verify(nextReceipt.rawPayload)).json()).toMatchObject({
      genuine: true,
      unmodified: true,
      submission: { caseNumber: next.caseNumber },
      signer: { development: false },
    });
    expect((await verify(receipt)).json()).toMatchObject({
      genuine: true,
      unmodified: true,
      submission: { caseNumber: submission.caseNumber },
      signer: { development: true },
    });
  });
});

describe("hostile answers", () => {
  const HOSTILE = [
    "<script>alert(1)</script>",
    "{{constructor.constructor('x')()}}",
    "__proto__",
    "Žluťoučký kůň úpěl ďábelské ódy",
    "Ķēniņš Ģirts Ļaudis",
  ];

  it.skipIf(!existsSync(PDFTOTEXT))(
    "are printed on the receipt literally, bidi overrides removed",
    async () => {
      await publishFeedbackForm(server, "receipt-feedback");
      const message = [...HOSTILE, "left\u202Eright"].join("\n");
      const submitted = await submit(server, {
        form: "receipt-feedback",
        data: { topic: "roads", message, street: "Ķēniņu iela 7 / Křižíkova" },
      });
      expect(submitted.statusCode).toBe(201);
      const { id, resumeToken } = submitted.json();
      const response = await citizenReceipt(id, { resumeToken });
      expect(response.statusCode).toBe(200);
      const path = join(dir, "hostile.pdf");
      writeFileSync(path, response.rawPayload);
      const text = spawnSync(PDFTOTEXT, ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).stdout.normalize(
        "NFC",
      );
      for (const answer of HOSTILE) expect(text).toContain(answer);
      expect(text).toContain("Ķēniņu iela 7 / Křižíkova");
      expect(text).toContain("leftright");
      expect(text).not.toContain("\u202E");
    },
  );
});
