import { z } from "zod";
import { publicProcedure } from "../../trpc/trpc.ts";
import { ownerFrom } from "../submission-owner.ts";
import { listOwnSubmissions } from "../submission-queries.ts";
import { ResumeToken, SubmissionSummary } from "../submission-schemas.ts";

/** The caller's submissions, newest first. */
export const listMine = publicProcedure
  .input(
    z
      .object({ resumeToken: ResumeToken.optional(), limit: z.number().int().min(1).max(500).default(100) })
      .default({ limit: 100 }),
  )
  .output(z.array(SubmissionSummary))
  .query(({ ctx, input }) =>
    listOwnSubmissions(ctx.db, ownerFrom(ctx.actor, input.resumeToken), input.limit),
  );
