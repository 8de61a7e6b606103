import { PDFArray, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from "pdf-lib";
import { signDetached } from "./cms-signature.ts";
import { flushWithNativeDeflate } from "./native-deflate.ts";
import type { ReceiptModel } from "./receipt-model.ts";
import { createReceiptDocument, SAVE_OPTIONS } from "./render-receipt.ts";
import type { SigningCredentials } from "./signing-credentials.ts";

/** Room for the CMS signature in /Contents: a certificate chain of a few certificates fits. */
const SIGNATURE_BYTES = 16_384;
const BYTE_RANGE_PLACEHOLDER = "**********";
const encoder = new TextEncoder();

/**
 * Adds an invisible signature field whose value is a signature dictionary with room for the
 * signature (/Contents) and a /ByteRange to be filled in after saving.
 */
function addSignaturePlaceholder(
  doc: PDFDocument,
  signerName: string,
  signingTime: Date,
  reason: string,
): void {
  const { context } = doc;
  const placeholder = PDFName.of(BYTE_RANGE_PLACEHOLDER);
  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  byteRange.push(placeholder);
  byteRange.push(placeholder);
  byteRange.push(placeholder);
  const signature = context.register(
    context.obj({
      Type: "Sig",
      Filter: "Adobe.PPKLite",
      SubFilter: "adbe.pkcs7.detached",
      ByteRange: byteRange,
      Contents: PDFHexString.of("0".repeat(SIGNATURE_BYTES * 2)),
      Name: PDFHexString.fromText(signerName),
      Reason: PDFHexString.fromText(reason),
      M: PDFString.fromDate(signingTime),
    }),
  );
  const [firstPage] = doc.getPages();
  if (!firstPage) throw new Error("A receipt has at least one page");
  const widget = context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Widget",
      FT: "Sig",
      Rect: [0, 0, 0, 0],
      V: signature,
      T: PDFString.of("Receipt signature"),
      F: 4,
      P: firstPage.ref,
    }),
  );
  firstPage.node.addAnnot(widget);
  doc.catalog.set(PDFName.of("AcroForm"), context.obj({ Fields: [widget], SigFlags: 3 }));
}

function indexOfText(bytes: Uint8Array, text: string, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, "latin1");
}

/**
 * Signs a saved PDF that carries the placeholder: fills in the byte range (everything but the
 * /Contents hex string) and writes the detached CMS signature over it into /Contents.
 */
function signPlaceholder(pdf: Uint8Array, credentials: SigningCredentials, signingTime: Date): Uint8Array {
  const contentsHex = `<${"0".repeat(SIGNATURE_BYTES * 2)}>`;
  const contentsStart = indexOfText(pdf, contentsHex);
  const rangeStart = indexOfText(pdf, "/ByteRange [");
  if (contentsStart < 0 || rangeStart < 0) throw new Error("The receipt has no signature placeholder");
  const rangeEnd = indexOfText(pdf, "]", rangeStart) + 1;
  const contentsEnd = contentsStart + contentsHex.length;
  const range = [0, contentsStart, contentsEnd, pdf.length - contentsEnd];
  const rangeText = `/ByteRange [${range.join(" ")}]`;
  const width = rangeEnd - rangeStart;
  if (rangeText.length > width) throw new Error("The receipt's byte range does not fit its placeholder");

  const signed = new Uint8Array(pdf);
  signed.set(encoder.encode(rangeText.padEnd(width, " ")), rangeStart);
  const cms = signDetached(
    [signed.subarray(0, contentsStart), signed.subarray(contentsEnd)],
    credentials,
    signingTime,
  );
  if (cms.length > SIGNATURE_BYTES) throw new Error("The signature does not fit its placeholder");
  signed.set(encoder.encode(Buffer.from(cms).toString("hex").toUpperCase()), contentsStart + 1);
  return signed;
}

/**
 * Renders a receipt and signs it with the organisation's certificate: an invisible PDF signature
 * (`adbe.pkcs7.detached`, SHA-256, RSA) over the whole file but the signature itself, which any
 * PDF reader, `pdfsig` included, can check.
 */
export async function renderSignedReceipt(
  model: ReceiptModel,
  credentials: SigningCredentials,
): Promise<Uint8Array> {
  const doc = await createReceiptDocument(model);
  const signingTime = new Date();
  addSignaturePlaceholder(
    doc,
    model.organisationName,
    signingTime,
    `${model.texts.receiptTitle} ${model.caseNumber}`,
  );
  await flushWithNativeDeflate(doc);
  return signPlaceholder(await doc.save(SAVE_OPTIONS), credentials, signingTime);
}
