import { createHash, verify, X509Certificate } from "node:crypto";
import forge from "node-forge";
import { CMS_OID } from "./cms-signature.ts";

export type PdfSignatureCheck =
  | { signed: false; problems: string[] }
  | {
      signed: true;
      signer: { subject: string; issuer: string; fingerprintSha256: string };
      /** The signature matches the signed bytes and was made with the signer certificate's key. */
      intact: boolean;
      /** The signature covers the whole file: nothing was appended after signing. */
      coversWholeFile: boolean;
      /** The length of the signed revision of the file. */
      signedLength: number;
      signingTime: Date | undefined;
      problems: string[];
    };

const HASHES: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  [CMS_OID.sha256]: "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};
const unsigned = (problem: string): PdfSignatureCheck => ({ signed: false, problems: [problem] });
const text = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1", from, to);

/** The first signature's /ByteRange and the signature bytes in its /Contents, if well formed. */
function findSignature(pdf: Uint8Array): { range: number[]; cms: Buffer } | string {
  const whole = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const at = whole.indexOf("/ByteRange", 0, "latin1");
  if (at < 0) return "The file carries no electronic signature";
  const match = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text(pdf, at, at + 120));
  if (!match) return "The signature's byte range cannot be read";
  const range = match.slice(1, 5).map(Number);
  const [start = 0, gapStart = 0, gapEnd = 0, tailLength = 0] = range;
  if (start !== 0 || gapStart >= gapEnd || gapEnd + tailLength > pdf.length)
    return "The signature's byte range does not fit the file";
  const hex = text(pdf, gapStart, gapEnd);
  if (!/^<[0-9A-Fa-f]*>$/.test(hex)) return "The signature's byte range does not exclude just the signature";
  // /Contents is padded with zeros after the signature; the signature's own DER length says where
  // it ends (its last bytes may be zeros too).
  const contents = Buffer.from(hex.slice(1, -1), "hex");
  const length = derLength(contents);
  return {
    range,
    cms: length !== undefined && length <= contents.length ? contents.subarray(0, length) : contents,
  };
}

/** The length of the DER value at the start of `bytes`: tag, length octets and contents. */
function derLength(bytes: Buffer): number | undefined {
  const first = bytes[1];
  if (first === undefined) return undefined;
  if (first < 0x80) return 2 + first;
  const size = first & 0x7f;
  if (size === 0 || size > 4 || bytes.length < 2 + size) return undefined;
  let length = 0;
  for (let i = 0; i < size; i++) length = length * 256 + (bytes[2 + i] as number);
  return 2 + size + length;
}

const childOf = (node: forge.asn1.Asn1, index: number) => (node.value as forge.asn1.Asn1[])[index];
const children = (node: forge.asn1.Asn1 | undefined) => (Array.isArray(node?.value) ? node.value : []);
const isContext = (node: forge.asn1.Asn1, type: number) =>
  node.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === type;
const derOf = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), "binary");
const bytesOf = (node: forge.asn1.Asn1 | undefined) => Buffer.from(String(node?.value ?? ""), "binary");

/** The parts of a CMS SignedData with one signer that checking it needs. */
function readCms(cms: Buffer) {
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(cms.toString("binary")), false);
  const signedData = childOf(childOf(contentInfo, 1) as forge.asn1.Asn1, 0) as forge.asn1.Asn1;
  const parts = children(signedData);
  const certificates = children(parts.find((node) => isContext(node, 0))).map(
    (node) => new X509Certificate(derOf(node)),
  );
  const signerInfo = children(parts.at(-1))[0];
  const fields = children(signerInfo);
  const serial = bytesOf(childOf(fields[1] as forge.asn1.Asn1, 1))
    .toString("hex")
    .replace(/^(00)+(?=.)/, "");
  const digestOid = forge.asn1.derToOid(String(childOf(fields[2] as forge.asn1.Asn1, 0)?.value));
  const signedAttributes = fields.find((node) => isContext(node, 0));
  const signature = bytesOf(
    fields.find((node) => node.type === forge.asn1.Type.OCTETSTRING && !isContext(node, 4)),
  );
  const attribute = (oid: string) =>
    children(signedAttributes).find((attr) => forge.asn1.derToOid(String(childOf(attr, 0)?.value)) === oid);
  const attributeValue = (oid: string) => {
    const found = attribute(oid);
    return found ? childOf(childOf(found, 1) as forge.asn1.Asn1, 0) : undefined;
  };
  const time = attributeValue(CMS_OID.signingTime);
  return {
    certificates,
    serial,
    hash: HASHES[digestOid],
    signedAttributes,
    signature,
    messageDigest: attributeValue(CMS_OID.messageDigest)
      ? bytesOf(attributeValue(CMS_OID.messageDigest))
      : undefined,
    signingTime: time
      ? time.type === forge.asn1.Type.UTCTIME
        ? forge.asn1.utcTimeToDate(String(time.value))
        : forge.asn1.generalizedTimeToDate(String(time.value))
      : undefined,
  };
}

const dn = (name: string) => name.split("\n").join(", ");

/**
 * Checks the first signature of a PDF: that its CMS signature matches the bytes it covers and was
 * made with its signer certificate's key, and whether it covers the whole file. It does not decide
 * whom to trust: the caller compares the signer's fingerprint with the certificates it knows.
 */
export function verifyPdfSignature(pdf: Uint8Array): PdfSignatureCheck {
  const found = findSignature(pdf);
  if (typeof found === "string") return unsigned(found);
  let cms: ReturnType<typeof readCms>;
  try {
    cms = readCms(found.cms);
  } catch {
    return unsigned("The signature is damaged and cannot be read");
  }
  const certificate = cms.certificates.find(
    (cert) => cert.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, "") === cms.serial,
  );
  if (!certificate) return unsigned("The signature does not include its signer's certificate");
  const [, gapStart = 0, gapEnd = 0, tailLength = 0] = found.range;
  const problems: string[] = [];
  let intact = false;
  if (!cms.hash || !cms.signedAttributes || !cms.messageDigest)
    problems.push("The signature uses a form this check does not support");
  else {
    const digest = createHash(cms.hash)
      .update(pdf.subarray(0, gapStart))
      .update(pdf.subarray(gapEnd, gapEnd + tailLength))
      .digest();
    const signedBytes = derOf(
      forge.asn1.create(
        forge.asn1.Class.UNIVERSAL,
        forge.asn1.Type.SET,
        true,
        children(cms.signedAttributes),
      ),
    );
    intact =
      digest.equals(cms.messageDigest) && verify(cms.hash, signedBytes, certificate.publicKey, cms.signature);
  }
  return {
    signed: true,
    signer: {
      subject: dn(certificate.subject),
      issuer: dn(certificate.issuer),
      fingerprintSha256: certificate.fingerprint256.replaceAll(":", "").toLowerCase(),
    },
    intact,
    coversWholeFile: gapEnd + tailLength === pdf.length,
    signedLength: gapEnd + tailLength,
    signingTime: cms.signingTime,
    problems,
  };
}
