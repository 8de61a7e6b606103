import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkedFile = { kind: "attachment"; id: string } | { kind: "receipt"; id: string };

const pathOf = (file: LinkedFile) =>
  `/api/v1/delivery-files/${file.kind === "attachment" ? "attachments" : "receipts"}/${encodeURIComponent(file.id)}`;

/**
 * Links to a submission's files that receivers fetch without credentials: signed with a server key
 * (HMAC over the file and the expiry) and valid for a limited time.
 */
export class DeliveryLinks {
  constructor(
    private readonly key: Buffer,
    private readonly publicUrl: string,
    private readonly ttlMs: number,
  ) {}

  private signature(file: LinkedFile, expires: number) {
    return createHmac("sha256", this.key).update(`${file.kind}:${file.id}:${expires}`).digest("base64url");
  }

  /** The link, and the time until which it works. */
  linkTo(file: LinkedFile, now = Date.now()): { url: string; expires: Date } {
    const expires = Math.floor((now + this.ttlMs) / 1000);
    const url = `${this.publicUrl}${pathOf(file)}?expires=${expires}&signature=${this.signature(file, expires)}`;
    return { url, expires: new Date(expires * 1000) };
  }

  /** Whether a link's expiry and signature are genuine and current. */
  check(
    file: LinkedFile,
    expires: number,
    signature: string,
    now = Date.now(),
  ): "ok" | "expired" | "invalid" {
    const expected = Buffer.from(this.signature(file, expires));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
    return expires * 1000 < now ? "expired" : "ok";
  }
}
