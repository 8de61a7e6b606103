import { z } from "zod";
import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, VersionSummaryOutput } from "../registry-schemas.ts";
import { listDocumentVersions } from "../services/list-document-versions.ts";

/** The published versions of a document, newest first. */
export const versions = publicProcedure
  .input(DocumentParams)
  .output(z.array(VersionSummaryOutput))
  .query(({ ctx, input }) => listDocumentVersions(ctx.db, ctx.actor, toDocumentRef(input)));
