import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, WorkingCopyOutput } from "../registry-schemas.ts";
import { approveWorkingCopy } from "../services/approve-working-copy.ts";

/** Approves the working copy in review (reviewer; not the person who last edited it). */
export const approve = publicProcedure
  .input(DocumentParams)
  .output(WorkingCopyOutput)
  .mutation(({ ctx, input }) => approveWorkingCopy(ctx.db, ctx.actor, toDocumentRef(input)));
