import { z } from "zod";
import { publicProcedure } from "../../trpc/trpc.ts";
import { withdrawSubmission } from "../case-state-service.ts";
import { ownerFrom } from "../submission-owner.ts";
import { getOwnSubmission } from "../submission-queries.ts";
import { OwnSubmission, ResumeToken } from "../submission-schemas.ts";

/** Withdraws one of the caller's submissions while its case is still open. */
export const withdraw = publicProcedure
  .input(
    z.object({ id: z.uuid(), note: z.string().max(2000).optional(), resumeToken: ResumeToken.optional() }),
  )
  .output(OwnSubmission)
  .mutation(async ({ ctx, input }) => {
    const owner = ownerFrom(ctx.actor, input.resumeToken);
    await withdrawSubmission(ctx.db, { owner, id: input.id, note: input.note, actor: ctx.actor });
    return getOwnSubmission(ctx.db, owner, input.id);
  });
