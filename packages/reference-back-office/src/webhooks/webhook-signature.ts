import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a signature's timestamp may be from the receiver's clock, by default. */
export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;

export type SignatureVerdict =
  | { ok: true }
  | {
      ok: false;
      code: "missing-signature" | "malformed-signature" | "expired-signature" | "invalid-signature";
      message: string;
    };

/**
 * Checks a `Civitas-Signature` header, `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`,
 * against the raw body as received. Several `v1=` may be present while the sender rotates its secret:
 * one matching is enough. A timestamp further than `replayWindowSeconds` from `now`, either way, is
 * refused, so a captured request cannot be replayed later. Signatures are compared in constant time.
 */
export function verifySignature(
  secret: string,
  rawBody: Uint8Array,
  header: string | undefined,
  { now = new Date(), replayWindowSeconds = DEFAULT_REPLAY_WINDOW_SECONDS } = {},
): SignatureVerdict {
  if (!header)
    return { ok: false, code: "missing-signature", message: "The Civitas-Signature header is missing" };
  const fields = header.split(",").map((field) => {
    const at = field.indexOf("=");
    return [field.slice(0, at).trim(), field.slice(at + 1).trim()] as const;
  });
  const timestampText = fields.find(([name]) => name === "t")?.[1] ?? "";
  const signatures = fields.filter(([name, value]) => name === "v1" && /^[0-9a-f]{64}$/i.test(value));
  if (!/^\d{1,12}$/.test(timestampText) || signatures.length === 0)
    return {
      ok: false,
      code: "malformed-signature",
      message: "The Civitas-Signature header must read t=<unix seconds>,v1=<64 hex digits>",
    };
  const timestamp = Number(timestampText);
  const skew = Math.abs(Math.floor(now.getTime() / 1000) - timestamp);
  if (skew > replayWindowSeconds)
    return {
      ok: false,
      code: "expired-signature",
      message: `The signature's timestamp is ${skew} s from this server's clock; at most ${replayWindowSeconds} s is accepted`,
    };
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest();
  const matches = signatures.some(([, value]) => timingSafeEqual(Buffer.from(value, "hex"), expected));
  return matches
    ? { ok: true }
    : {
        ok: false,
        code: "invalid-signature",
        message: "No v1 signature matches this inbox's secret and the body",
      };
}
