import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, DocumentSummaryOutput } from "../registry-schemas.ts";
import { restoreDocument } from "../services/archive-document.ts";

/** Restores an archived document to the catalog (publisher). */
export const restore = publicProcedure
  .input(DocumentParams)
  .output(DocumentSummaryOutput)
  .mutation(({ ctx, input }) => restoreDocument(ctx.db, ctx.actor, toDocumentRef(input)));
