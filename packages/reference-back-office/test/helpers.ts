import { createHash, createHmac } from "node:crypto";

export const FILING_TOKEN = "test-filing-token";

/** A JSON answer as a test reads it: the test knows which fields are there. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into known answers without narrowing each step
export type JsonAnswer = Record<string, any>;

export const sha256 = (content: Uint8Array | string) => createHash("sha256").update(content).digest("hex");

/** A `Civitas-Signature` header, computed here independently of the code under test. */
export function signature(secret: string, body: string, at = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** Calls the filing service with the token (or the headers given). */
export async function filing(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${FILING_TOKEN}` },
): Promise<{ status: number; json: JsonAnswer }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}

export const newRecord = (externalId: string, overrides: Record<string, unknown> = {}) => ({
  externalId,
  title: "Parking permit 2026-000123",
  caseNumber: "2026-000123",
  organisation: "dubova",
  form: { id: "parking-permit", version: 3 },
  submittedAt: "2026-03-01T10:15:00.000Z",
  locale: "cs",
  data: { applicant: { name: "Jana Nováková" }, plate: "1AB 2345" },
  ...overrides,
});

export const newDocument = (name: string, content: Buffer, overrides: Record<string, unknown> = {}) => ({
  name,
  kind: "attachment",
  contentType: "application/pdf",
  sha256: sha256(content),
  contentBase64: content.toString("base64"),
  ...overrides,
});
