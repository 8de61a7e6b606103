import { createHash, sign } from "node:crypto";
import forge from "node-forge";
import type { SigningCredentials } from "./signing-credentials.ts";

const { asn1 } = forge;
const { Class, Type } = asn1;
const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
} as const;
export const CMS_OID = OID;

const binary = (bytes: Uint8Array) => Buffer.from(bytes).toString("binary");
const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const sequence = (items: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SET, true, items);
const algorithm = (id: string) => sequence([oid(id), asn1.create(Class.UNIVERSAL, Type.NULL, false, "")]);
const attribute = (type: string, value: forge.asn1.Asn1) => sequence([oid(type), set([value])]);
const octets = (bytes: Uint8Array) => asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, binary(bytes));
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), "binary");

/** The signed attributes: what the signature really covers (content type, time, digest of the content). */
function signedAttributes(digest: Uint8Array, signingTime: Date) {
  return [
    attribute(OID.contentType, oid(OID.data)),
    attribute(
      OID.signingTime,
      asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(signingTime)),
    ),
    attribute(OID.messageDigest, octets(digest)),
  ];
}

/**
 * A detached CMS (PKCS#7) SignedData over `content`: SHA-256, RSA PKCS#1 v1.5, signed attributes with
 * the signing time, and the signer's certificate with its chain, as PDF signatures
 * (`adbe.pkcs7.detached`) expect. Hashing and RSA run in Node's native crypto; node-forge builds the
 * ASN.1.
 */
export function signDetached(
  content: Uint8Array[],
  credentials: SigningCredentials,
  signingTime = new Date(),
): Uint8Array {
  const hash = createHash("sha256");
  for (const part of content) hash.update(part);
  const attributes = signedAttributes(hash.digest(), signingTime);
  // The signature covers the attributes encoded as a SET (RFC 5652 §5.4), stored as [0] IMPLICIT.
  const signature = sign("sha256", der(set(attributes)), credentials.privateKey);
  const { certificate } = credentials;
  const signerInfo = sequence([
    asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(1).getBytes()),
    sequence([
      forge.pki.distinguishedNameToAsn1(certificate.issuer),
      asn1.create(Class.UNIVERSAL, Type.INTEGER, false, forge.util.hexToBytes(certificate.serialNumber)),
    ]),
    algorithm(OID.sha256),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, attributes),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const certificates = [certificate, ...credentials.chain].map((cert) => forge.pki.certificateToAsn1(cert));
  const signedData = sequence([
    asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(1).getBytes()),
    set([algorithm(OID.sha256)]),
    sequence([oid(OID.data)]),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, certificates),
    set([signerInfo]),
  ]);
  return der(sequence([oid(OID.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}
