import { z } from "zod";
import { DraftData, DraftPage } from "../draft-schemas.ts";
import { createDraft as createDraftService } from "../drafts-service.ts";
import { draftProcedure } from "./draft-procedure.ts";
import { CreatedDraftOutput } from "./procedure-schemas.ts";

const Input = z.object({
  organisation: z.string().min(1).max(80),
  form: z.string().min(1).max(80),
  data: DraftData.optional(),
  page: DraftPage.optional(),
});

/** Starts a draft of a form; an anonymous one comes with its resume token, given this once. */
export const createDraft = draftProcedure
  .input(Input)
  .output(CreatedDraftOutput)
  .mutation(({ ctx, input }) =>
    createDraftService(ctx.db, ctx.actor, {
      organisationId: input.organisation,
      formId: input.form,
      ...(input.data ? { data: input.data } : {}),
      ...(input.page !== undefined ? { page: input.page } : {}),
    }),
  );
