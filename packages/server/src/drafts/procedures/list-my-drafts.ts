import { z } from "zod";
import { Lang } from "../draft-schemas.ts";
import { listMyDrafts as listMyDraftsService } from "../drafts-service.ts";
import { draftProcedure } from "./draft-procedure.ts";
import { MyDraftOutput } from "./procedure-schemas.ts";

/** The signed-in citizen's unexpired drafts, with form names in `lang`. */
export const listMyDrafts = draftProcedure
  .input(z.object({ lang: Lang }).optional())
  .output(z.array(MyDraftOutput))
  .query(({ ctx, input }) => listMyDraftsService(ctx.db, ctx.actor, input?.lang));
