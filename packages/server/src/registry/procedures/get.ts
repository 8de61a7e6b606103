import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentOutput, DocumentParams } from "../registry-schemas.ts";
import { getDocument } from "../services/get-document.ts";

/** A document: its latest published version and its working copy. */
export const get = publicProcedure
  .input(DocumentParams)
  .output(DocumentOutput)
  .query(({ ctx, input }) => getDocument(ctx.db, ctx.actor, toDocumentRef(input)));
