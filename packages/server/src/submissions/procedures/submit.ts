import { z } from "zod";
import { publicProcedure } from "../../trpc/trpc.ts";
import { ownerFrom } from "../submission-owner.ts";
import { IdempotencyKey, ResumeToken, SubmissionReceipt, SubmitBody } from "../submission-schemas.ts";
import { submitSubmission } from "../submit-submission.ts";

const Input = SubmitBody.extend({
  organisation: z.string().min(1).max(80),
  form: z.string().min(1).max(80),
  idempotencyKey: IdempotencyKey,
  resumeToken: ResumeToken.optional(),
});

/** Submits a form (see POST …/forms/:form/submissions); `created` is false for a retry of the same key. */
export const submit = publicProcedure
  .input(Input)
  .output(SubmissionReceipt.extend({ created: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const { organisation, form, idempotencyKey, resumeToken, ...body } = input;
    const result = await submitSubmission(ctx.db, {
      organisationId: organisation,
      formId: form,
      idempotencyKey,
      ...body,
      actor: ctx.actor,
      owner: ownerFrom(ctx.actor, resumeToken),
    });
    if (result.created) ctx.events.deliveriesDue();
    return { ...result.receipt, created: result.created };
  });
