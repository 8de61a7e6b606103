import { DraftId, SaveDraftBody } from "../draft-schemas.ts";
import { saveDraft as saveDraftService } from "../drafts-service.ts";
import { draftProcedure } from "./draft-procedure.ts";
import { ownerOfCaller, ResumeToken, SavedDraftOutput } from "./procedure-schemas.ts";

/** Autosave: stores the answers if nobody saved since `revision` (else CONFLICT with the current one). */
export const saveDraft = draftProcedure
  .input(SaveDraftBody.extend({ id: DraftId, resumeToken: ResumeToken }))
  .output(SavedDraftOutput)
  .mutation(({ ctx, input }) => {
    const { id, resumeToken, ...changes } = input;
    return saveDraftService(ctx.db, ownerOfCaller(ctx.actor, resumeToken), id, changes);
  });
