import { createHash, createPrivateKey, generateKeyPair, type KeyObject, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";

/** What signing a receipt needs: the organisation's certificate (and its chain) and private key. */
export interface SigningCredentials {
  certificate: forge.pki.Certificate;
  certificatePem: string;
  /** Issuer certificates shipped in the PKCS#12, embedded in each signature so verifiers can build the chain. */
  chain: forge.pki.Certificate[];
  /** The key as a Node key object: RSA signing runs in native code. */
  privateKey: KeyObject;
  fingerprintSha256: string;
}

export interface CertificateDescription {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  fingerprintSha256: string;
}

const generateRsa = promisify(generateKeyPair);

/** "CN=Město Dubová, O=Město Dubová, C=CZ" from a certificate's subject or issuer. */
export const distinguishedName = (attributes: forge.pki.CertificateField[]) =>
  attributes
    .map(
      (attribute) => `${attribute.shortName ?? attribute.name ?? attribute.type}=${String(attribute.value)}`,
    )
    .join(", ");

export const certificateFingerprint = (certificate: forge.pki.Certificate) =>
  createHash("sha256")
    .update(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), "binary"))
    .digest("hex");

export function describeCertificate(certificate: forge.pki.Certificate): CertificateDescription {
  return {
    subject: distinguishedName(certificate.subject.attributes),
    issuer: distinguishedName(certificate.issuer.attributes),
    serialNumber: certificate.serialNumber,
    notBefore: certificate.validity.notBefore.toISOString(),
    notAfter: certificate.validity.notAfter.toISOString(),
    fingerprintSha256: certificateFingerprint(certificate),
  };
}

const CERT_BAG = forge.pki.oids.certBag as string;
const KEY_BAGS = [forge.pki.oids.pkcs8ShroudedKeyBag, forge.pki.oids.keyBag] as string[];

const certificatesOf = (p12: forge.pkcs12.Pkcs12Pfx): forge.pki.Certificate[] =>
  (p12.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert));

const keysOf = (p12: forge.pkcs12.Pkcs12Pfx) =>
  KEY_BAGS.flatMap((bagType) => p12.getBags({ bagType })[bagType] ?? [])
    .map((bag) => bag.key)
    .filter((key): key is forge.pki.rsa.PrivateKey => Boolean(key));

const sameModulus = (key: forge.pki.rsa.PrivateKey, certificate: forge.pki.Certificate) =>
  (certificate.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n) ?? false;

/**
 * Reads a PKCS#12 file (.p12 / .pfx) with an RSA key and the certificate that belongs to it.
 * Throws with a sentence on a wrong password, a file without a key, or an expired certificate.
 */
export function loadPkcs12(p12Bytes: Uint8Array, password: string): SigningCredentials {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12Bytes).toString("binary")));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = (error as Error).message ?? "";
    throw new Error(
      /mac|password|decrypt/i.test(message)
        ? "the password is wrong, or the file is damaged"
        : "it is not a PKCS#12 (.p12 / .pfx) file",
    );
  }
  const [key] = keysOf(p12);
  if (!key?.n) throw new Error("it holds no RSA private key");
  const certificates = certificatesOf(p12);
  const certificate = certificates.find((candidate) => sameModulus(key, candidate));
  if (!certificate) throw new Error("it holds no certificate for its private key");
  if (certificate.validity.notAfter.getTime() < Date.now())
    throw new Error(`its certificate expired on ${certificate.validity.notAfter.toISOString().slice(0, 10)}`);
  return {
    certificate,
    certificatePem: forge.pki.certificateToPem(certificate),
    chain: certificates.filter((candidate) => candidate !== certificate),
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(key)),
    fingerprintSha256: certificateFingerprint(certificate),
  };
}

const serialNumber = () => `01${randomBytes(15).toString("hex")}`;

async function rsaKeyPair() {
  const { publicKey, privateKey } = await generateRsa("rsa", { modulusLength: 2048 });
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString()),
  };
}

function newCertificate(
  publicKey: forge.pki.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  years: number,
  extensions: object[],
) {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = serialNumber();
  certificate.validity.notBefore = new Date(Date.now() - 60_000);
  certificate.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3_600_000);
  certificate.setSubject(subject);
  certificate.setIssuer(issuer);
  certificate.setExtensions(extensions);
  return certificate;
}

/** A name part as a UTF8String, so diacritics survive in every verifier. */
const utf8Field = (shortName: string, value: string): forge.pki.CertificateField => ({
  shortName,
  value,
  // node-forge's typings call the value's tag a class; it takes the universal type here.
  valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
});

/**
 * A development CA and an organisation certificate issued by it, as a password-protected PKCS#12
 * (key, certificate and CA). For the embedded default only: a verifier that trusts the CA (its PEM
 * is returned) sees valid signatures; nobody else should.
 */
export async function createDevelopmentCredentials(organisationName: string) {
  const [caKeys, keys] = await Promise.all([rsaKeyPair(), rsaKeyPair()]);
  const caSubject = [
    utf8Field("CN", "Civitas development CA (not for production)"),
    utf8Field("O", "Civitas development"),
  ];
  const ca = newCertificate(caKeys.publicKey, caSubject, caSubject, 10, [
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const subject = [
    utf8Field("CN", organisationName),
    utf8Field("O", organisationName),
    utf8Field("OU", "Receipts (development certificate)"),
  ];
  const certificate = newCertificate(keys.publicKey, subject, caSubject, 3, [
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "extKeyUsage", emailProtection: true },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  certificate.sign(caKeys.privateKey, forge.md.sha256.create());

  const password = randomBytes(24).toString("base64url");
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate, ca], password, {
    algorithm: "aes256",
    friendlyName: organisationName,
  });
  return {
    p12: new Uint8Array(Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), "binary")),
    password,
    caCertificatePem: forge.pki.certificateToPem(ca),
  };
}
