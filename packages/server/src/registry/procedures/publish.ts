import { publicProcedure } from "../../trpc/trpc.ts";
import { toDocumentRef } from "../document-ref.ts";
import { DocumentParams, PublishInput, PublishOutput } from "../registry-schemas.ts";
import { publishWorkingCopy } from "../services/publish-working-copy.ts";

/** Publishes the approved working copy now, or schedules it with a future `at` (publisher). */
export const publish = publicProcedure
  .input(DocumentParams.extend(PublishInput.shape))
  .output(PublishOutput)
  .mutation(({ ctx, input }) =>
    publishWorkingCopy(ctx.db, ctx.actor, toDocumentRef(input), input.at ? new Date(input.at) : undefined),
  );
