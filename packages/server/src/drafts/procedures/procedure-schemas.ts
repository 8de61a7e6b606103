import { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import { hashToken } from "../../auth/tokens.ts";
import type { Owner } from "../../citizens/owner.ts";
import { CreatedDraft, Draft, MyDraft, SavedDraft } from "../draft-schemas.ts";

/** tRPC sends JSON without a transformer: dates travel as ISO 8601 strings, and are typed so. */
const IsoDateTime = z.date().transform((date) => date.toISOString());
const dates = { updatedAt: IsoDateTime, expiresAt: IsoDateTime };

export const DraftOutput = Draft.extend({ ...dates, createdAt: IsoDateTime });
export const CreatedDraftOutput = CreatedDraft.extend({ ...dates, createdAt: IsoDateTime });
export const SavedDraftOutput = SavedDraft.extend(dates);
export const MyDraftOutput = MyDraft.extend(dates);

/** The procedures' context carries no request headers: anonymous owners send their token in the input. */
export const ResumeToken = z
  .string()
  .min(32)
  .max(128)
  .optional()
  .meta({ description: "The resume token of an anonymous draft (not needed when signed in)." });

/** Who owns what the caller asks for, as `ownerOf` does for REST requests. */
export function ownerOfCaller(actor: Actor, resumeToken: string | undefined): Owner | undefined {
  if (actor.type === "citizen") return { kind: "subject", subject: actor.subject };
  return resumeToken ? { kind: "resume-token", tokenHash: hashToken(resumeToken) } : undefined;
}
