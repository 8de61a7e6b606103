import { z } from "zod";
import { OrganisationParam } from "../../http/schemas.ts";
import { publicProcedure } from "../../trpc/trpc.ts";
import { DocumentSummaryOutput, ListDocumentsQuery } from "../registry-schemas.ts";
import { listDocuments } from "../services/list-documents.ts";

/** The organisation's documents with their latest version, working-copy state and review-by date. */
export const list = publicProcedure
  .input(OrganisationParam.extend(ListDocumentsQuery.shape))
  .output(z.array(DocumentSummaryOutput))
  .query(({ ctx, input: { organisation, ...filters } }) =>
    listDocuments(ctx.db, ctx.actor, organisation, filters),
  );
