import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { VersionOutput, VersionParams } from "../registry-schemas.ts";
import { getDocumentVersion } from "../services/get-document-version.ts";

/** One published version of a document, with its content. */
export const version = publicProcedure
  .input(VersionParams)
  .output(VersionOutput)
  .query(({ ctx, input }) => getDocumentVersion(ctx.db, ctx.actor, toDocumentRef(input), input.version));
