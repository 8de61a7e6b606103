import type { FastifyRequest } from "fastify";
import { hashToken } from "../auth/tokens.ts";

/** Anonymous citizens present the resume token of their draft or submission in this header. */
export const RESUME_TOKEN_HEADER = "x-resume-token";

/**
 * Who owns a draft or submission: a signed-in citizen (identity subject), or whoever holds the resume
 * token given when it was created anonymously. Only the token's hash is ever stored.
 */
export type Owner = { kind: "subject"; subject: string } | { kind: "resume-token"; tokenHash: string };

/** The owner a request speaks for, or undefined when it is neither signed in nor presents a token. */
export function ownerOf(request: FastifyRequest): Owner | undefined {
  if (request.actor.type === "citizen") return { kind: "subject", subject: request.actor.subject };
  const token = request.headers[RESUME_TOKEN_HEADER];
  return typeof token === "string" && token.length >= 32 && token.length <= 128
    ? { kind: "resume-token", tokenHash: hashToken(token) }
    : undefined;
}

/** Column values that record an owner. */
export const ownerColumns = (owner: Owner) =>
  owner.kind === "subject"
    ? { owner_subject: owner.subject, resume_token_hash: null }
    : { owner_subject: null, resume_token_hash: owner.tokenHash };
