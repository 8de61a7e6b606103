import { createHmac } from "node:crypto";

const hmac = (secret: string, timestamp: number, body: string | Uint8Array) =>
  createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");

/**
 * The signature of a webhook delivery, sent in the `Civitas-Signature` header as
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. A receiver recomputes it over the
 * raw body it got and refuses a timestamp outside its replay window, so a captured request cannot be
 * sent again later. Several `v1=` values may appear while a secret is being rotated.
 */
export function signWebhook(secret: string, body: string | Uint8Array, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}
