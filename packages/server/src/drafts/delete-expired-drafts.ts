import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { deleteDraftsWithFiles, lockExpiredDrafts } from "./drafts-repository.ts";

const BATCH = 500;

/**
 * Deletes every expired draft and the files uploaded to it that no submission took over, in batches so
 * no transaction grows large. Safe to run from several processes at once. Returns how many were deleted.
 */
export async function deleteExpiredDrafts(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const expired = await lockExpiredDrafts(trx, BATCH);
      const byOrganisation = new Map<string, string[]>();
      for (const draft of expired)
        byOrganisation.set(draft.organisation_id, [
          ...(byOrganisation.get(draft.organisation_id) ?? []),
          draft.id,
        ]);
      for (const [organisationId, ids] of byOrganisation)
        await deleteDraftsWithFiles(trx, organisationId, ids);
      return expired.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}
