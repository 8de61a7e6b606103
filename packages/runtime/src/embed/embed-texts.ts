import { EmbedApiError } from "./embed-api.ts";
import type { EmbedMessages } from "./embed-messages.ts";

/** A definition's text in a language: that language, else English, else the first there is. */
export const textIn = (text: Record<string, string | undefined>, locale: string): string =>
  text[locale] ?? text.en ?? Object.values(text).find(Boolean) ?? "";

/** Why a call failed, in words: the server's sentence, or that the connection failed. */
export const reasonOf = (error: unknown, messages: EmbedMessages): string =>
  error instanceof EmbedApiError && error.status === 0
    ? messages.connectionFailed
    : error instanceof Error
      ? error.message
      : String(error);

/** A new idempotency key; `randomUUID` needs a secure context, which a portal's page may not be. */
export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
        byte.toString(16).padStart(2, "0"),
      ).join("");
