import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, SaveOutput, WorkingCopyInput } from "../registry-schemas.ts";
import { saveWorkingCopy as save } from "../services/save-working-copy.ts";

/** Saves a document's working copy as a draft; refused with located problems when invalid. */
export const saveWorkingCopy = publicProcedure
  .input(DocumentParams.extend({ source: WorkingCopyInput }))
  .output(SaveOutput)
  .mutation(({ ctx, input }) => save(ctx.db, ctx.actor, toDocumentRef(input), input.source));
