import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signature of a webhook delivery, sent in the `Civitas-Signature` header as
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. A receiver recomputes it over the
 * raw body it got and refuses a timestamp outside its replay window, so a captured request cannot be
 * sent again later. Several `v1=` values may appear while a secret is being rotated.
 */
export const SIGNATURE_HEADER = "civitas-signature";
export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;

const hmac = (secret: string, timestamp: number, body: string | Uint8Array) =>
  createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");

export function signWebhook(secret: string, body: string | Uint8Array, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "missing" | "malformed" | "expired" | "mismatch" };

/** Checks a `Civitas-Signature` header against the raw body, in constant time. */
export function verifyWebhookSignature(
  secret: string,
  body: string | Uint8Array,
  header: string | undefined,
  options: { now?: Date; replayWindowSeconds?: number } = {},
): SignatureCheck {
  if (!header) return { ok: false, reason: "missing" };
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  const signatures = parts
    .filter(([key, value]) => key === "v1" && value)
    .map(([, value]) => value as string);
  if (!Number.isInteger(timestamp) || signatures.length === 0) return { ok: false, reason: "malformed" };
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.replayWindowSeconds ?? DEFAULT_REPLAY_WINDOW_SECONDS))
    return { ok: false, reason: "expired" };
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, timestamp } : { ok: false, reason: "mismatch" };
}
