import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, RequestChangesInput, WorkingCopyOutput } from "../registry-schemas.ts";
import { requestChanges as sendBack } from "../services/request-changes.ts";

/** Sends the working copy back to draft with a comment (reviewer). */
export const requestChanges = publicProcedure
  .input(DocumentParams.extend(RequestChangesInput.shape))
  .output(WorkingCopyOutput)
  .mutation(({ ctx, input }) => sendBack(ctx.db, ctx.actor, toDocumentRef(input), input.comment));
