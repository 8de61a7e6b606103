import { router } from "../trpc/trpc.ts";
import { createDraft } from "./procedures/create-draft.ts";
import { deleteDraft } from "./procedures/delete-draft.ts";
import { getDraft } from "./procedures/get-draft.ts";
import { listMyDrafts } from "./procedures/list-my-drafts.ts";
import { saveDraft } from "./procedures/save-draft.ts";

/** tRPC procedures of the drafts domain (one file per procedure, assembled here). */
export const draftsRouter = router({
  create: createDraft,
  get: getDraft,
  save: saveDraft,
  listMine: listMyDrafts,
  delete: deleteDraft,
});
