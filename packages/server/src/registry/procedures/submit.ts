import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, WorkingCopyOutput } from "../registry-schemas.ts";
import { submitWorkingCopy } from "../services/submit-working-copy.ts";

/** Sends the draft for review (author). */
export const submit = publicProcedure
  .input(DocumentParams)
  .output(WorkingCopyOutput)
  .mutation(({ ctx, input }) => submitWorkingCopy(ctx.db, ctx.actor, toDocumentRef(input)));
