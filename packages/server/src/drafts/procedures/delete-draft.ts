import { z } from "zod";
import { deleteDraft as deleteDraftService } from "../delete-draft.ts";
import { DraftId } from "../draft-schemas.ts";
import { draftProcedure } from "./draft-procedure.ts";
import { ownerOfCaller, ResumeToken } from "./procedure-schemas.ts";

/** Deletes the caller's draft and its files. */
export const deleteDraft = draftProcedure
  .input(z.object({ id: DraftId, resumeToken: ResumeToken }))
  .output(z.object({ deleted: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await deleteDraftService(ctx.db, ownerOfCaller(ctx.actor, input.resumeToken), input.id);
    return { deleted: true as const };
  });
