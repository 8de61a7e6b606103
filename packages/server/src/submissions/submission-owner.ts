import type { Actor } from "../auth/actor.ts";
import { hashToken } from "../auth/tokens.ts";
import type { Owner } from "../citizens/owner.ts";

/**
 * The owner model of `citizens/owner.ts` for callers without the HTTP request (tRPC): the signed-in
 * citizen, else whoever presents a resume token.
 */
export function ownerFrom(actor: Actor, resumeToken: string | undefined): Owner | undefined {
  if (actor.type === "citizen") return { kind: "subject", subject: actor.subject };
  return resumeToken !== undefined && resumeToken.length >= 32 && resumeToken.length <= 128
    ? { kind: "resume-token", tokenHash: hashToken(resumeToken) }
    : undefined;
}

/** The column and value that select an owner's rows. */
export const ownerFilter = (owner: Owner) =>
  owner.kind === "subject"
    ? (["owner_subject", owner.subject] as const)
    : (["resume_token_hash", owner.tokenHash] as const);

/** Whether a stored row belongs to the owner. */
export function isOwnedBy(
  row: { owner_subject: string | null; resume_token_hash: string | null },
  owner: Owner | undefined,
): boolean {
  if (!owner) return false;
  return owner.kind === "subject"
    ? row.owner_subject === owner.subject
    : row.resume_token_hash === owner.tokenHash;
}
