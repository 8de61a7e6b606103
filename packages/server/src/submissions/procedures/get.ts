import { z } from "zod";
import { publicProcedure } from "../../trpc/trpc.ts";
import { ownerFrom } from "../submission-owner.ts";
import { getOwnSubmission } from "../submission-queries.ts";
import { OwnSubmission, ResumeToken } from "../submission-schemas.ts";

/** One of the caller's own submissions with its state history. */
export const get = publicProcedure
  .input(z.object({ id: z.uuid(), resumeToken: ResumeToken.optional() }))
  .output(OwnSubmission)
  .query(({ ctx, input }) => getOwnSubmission(ctx.db, ownerFrom(ctx.actor, input.resumeToken), input.id));
