import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DiffOutput, DiffQuery, DocumentParams } from "../registry-schemas.ts";
import { diffDocument } from "../services/diff-document.ts";

/** What changed between two versions, or between a version and the working copy. */
export const diff = publicProcedure
  .input(DocumentParams.extend(DiffQuery.shape))
  .output(DiffOutput)
  .query(({ ctx, input }) => diffDocument(ctx.db, ctx.actor, toDocumentRef(input), input));
