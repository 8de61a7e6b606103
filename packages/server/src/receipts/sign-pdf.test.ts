import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDetached } from "./cms-signature.ts";
import { buildReceiptModel } from "./receipt-model.ts";
import { kindergartenReceiptInput } from "./receipts-test-support.ts";
import { renderReceiptPdf } from "./render-receipt.ts";
import { renderSignedReceipt } from "./sign-pdf.ts";
import { createDevelopmentCredentials, loadPkcs12, type SigningCredentials } from "./signing-credentials.ts";
import { verifyPdfSignature } from "./verify-pdf-signature.ts";

const PDFSIG = "/usr/bin/pdfsig";
const hasPdfsig = existsSync(PDFSIG);

let dir: string;
let development: Awaited<ReturnType<typeof createDevelopmentCredentials>>;
let credentials: SigningCredentials;
let signed: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "civitas-sign-pdf-"));
  development = await createDevelopmentCredentials("Město Dubová");
  credentials = loadPkcs12(development.p12, development.password);
  signed = await renderSignedReceipt(buildReceiptModel(kindergartenReceiptInput("cs")), credentials);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** What poppler's pdfsig says about a PDF. */
function pdfsig(pdf: Uint8Array): string {
  const path = join(dir, `receipt-${++files}.pdf`);
  writeFileSync(path, pdf);
  const run = spawnSync(PDFSIG, [path], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1");

/** The signed receipt with one byte of its signed range changed. */
function tampered(pdf: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
}

describe("a signed receipt", () => {
  it("carries one intact signature by the organisation's certificate over the whole file", () => {
    expect(latin1(signed).startsWith("%PDF-")).toBe(true);
    const check = verifyPdfSignature(signed);
    expect(check).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: true,
      signedLength: signed.length,
      problems: [],
      signer: {
        subject: expect.stringContaining("CN=Město Dubová"),
        issuer: expect.stringContaining("Civitas development CA"),
        fingerprintSha256: credentials.fingerprintSha256,
      },
    });
    if (check.signed) expect(Math.abs((check.signingTime?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it.skipIf(!hasPdfsig)("is valid and wholly signed for poppler's pdfsig", () => {
    const report = pdfsig(signed);
    expect(report).toContain("Signature is Valid");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Město Dubová");
  });

  it("is not intact once one signed byte changes", () => {
    // Byte 10 is in the binary comment after the header: the file still parses, the digest differs.
    const changed = tampered(signed, 10);
    expect(verifyPdfSignature(changed)).toMatchObject({ signed: true, intact: false, coversWholeFile: true });
    // A byte in the middle of the first signed range, among the page objects.
    const contentsAt = latin1(signed).indexOf("/Contents <");
    expect(verifyPdfSignature(tampered(signed, Math.floor(contentsAt / 2)))).toMatchObject({ intact: false });
  });

  it.skipIf(!hasPdfsig)("is not valid for pdfsig once one signed byte changes", () => {
    const report = pdfsig(tampered(signed, 10));
    expect(report).not.toContain("Signature is Valid");
    expect(report).toMatch(/Digest Mismatch|Signature is Invalid/);
  });

  it("no longer covers the whole file after an incremental update, though the signed part stays intact", () => {
    const update = Buffer.from("\n1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n%%EOF\n", "latin1");
    const appended = Buffer.concat([signed, update]);
    expect(verifyPdfSignature(appended)).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: false,
      signedLength: signed.length,
    });
  });

  it("verifies when its signature happens to end in zero bytes", () => {
    // /Contents is padded with zeros after the signature; an RSA signature ends in 0x00 once in 256
    // receipts, and must not be cut short. Re-sign the same bytes at other times until it does.
    const [gapStart = 0, gapEnd = 0, tailLength = 0] = (
      /\/ByteRange \[0 (\d+) (\d+) (\d+)\]/.exec(latin1(signed)) ?? []
    )
      .slice(1)
      .map(Number);
    expect(gapEnd + tailLength).toBe(signed.length);
    const parts = [signed.subarray(0, gapStart), signed.subarray(gapEnd)];
    let cms: Uint8Array | undefined;
    for (let second = 0; second < 5_000 && !cms; second++) {
      const candidate = signDetached(parts, credentials, new Date(Date.UTC(2026, 0, 1) + second * 1000));
      if (candidate.at(-1) === 0) cms = candidate;
    }
    if (!cms) throw new Error("no signature ending in a zero byte in 5000 tries");
    const hex = Buffer.from(cms)
      .toString("hex")
      .toUpperCase()
      .padEnd(gapEnd - gapStart - 2, "0");
    const resigned = new Uint8Array(signed);
    resigned.set(Buffer.from(hex, "latin1"), gapStart + 1);
    expect(verifyPdfSignature(resigned)).toMatchObject({ signed: true, intact: true, coversWholeFile: true });
    if (hasPdfsig) expect(pdfsig(resigned)).toContain("Signature is Valid");
  });
});

describe("an unsigned receipt", () => {
  it("is a PDF without a signature", async () => {
    const unsigned = await renderReceiptPdf(buildReceiptModel(kindergartenReceiptInput("en")));
    expect(latin1(unsigned).startsWith("%PDF-")).toBe(true);
    expect(verifyPdfSignature(unsigned)).toEqual({
      signed: false,
      problems: ["The file carries no electronic signature"],
    });
  });
});

describe("loading a PKCS#12", () => {
  it("gives the certificate and key it holds, with the issuing CA as the chain", () => {
    expect(credentials.certificatePem).toContain("BEGIN CERTIFICATE");
    expect(credentials.chain).toHaveLength(1);
    expect(credentials.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a wrong password with a sentence", () => {
    expect(() => loadPkcs12(development.p12, `${development.password}x`)).toThrow(
      "the password is wrong, or the file is damaged",
    );
  });

  it("refuses a file that is not a PKCS#12", () => {
    expect(() => loadPkcs12(signed, development.password)).toThrow("it is not a PKCS#12 (.p12 / .pfx) file");
  });
});
