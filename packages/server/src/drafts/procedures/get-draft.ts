import { z } from "zod";
import { DraftId } from "../draft-schemas.ts";
import { getDraft as getDraftService } from "../drafts-service.ts";
import { draftProcedure } from "./draft-procedure.ts";
import { DraftOutput, ownerOfCaller, ResumeToken } from "./procedure-schemas.ts";

/** Resumes a draft: its owner only; anyone else is told it does not exist. */
export const getDraft = draftProcedure
  .input(z.object({ id: DraftId, resumeToken: ResumeToken }))
  .output(DraftOutput)
  .query(({ ctx, input }) => getDraftService(ctx.db, ownerOfCaller(ctx.actor, input.resumeToken), input.id));
