import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new secret token: 32 random bytes, URL-safe. */
export const createToken = (prefix = ""): string => `${prefix}${randomBytes(32).toString("base64url")}`;

/** Tokens are stored only as SHA-256 hashes: a leaked table reveals no usable token. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const sameSecret = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};
