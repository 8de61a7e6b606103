import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, DocumentSummaryOutput } from "../registry-schemas.ts";
import { archiveDocument } from "../services/archive-document.ts";

/** Archives the document: it leaves the catalog, its versions stay (publisher). */
export const archive = publicProcedure
  .input(DocumentParams)
  .output(DocumentSummaryOutput)
  .mutation(({ ctx, input }) => archiveDocument(ctx.db, ctx.actor, toDocumentRef(input)));
