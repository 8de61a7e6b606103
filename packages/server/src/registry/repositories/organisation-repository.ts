import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Keeps the tenant row's name in step with the organisation's published document. */
export async function updateOrganisationName(
  db: Kysely<Database>,
  organisationId: string,
  name: Record<string, string>,
): Promise<void> {
  await db
    .updateTable("organisations")
    .set({ name: JSON.stringify(name) })
    .where("id", "=", organisationId)
    .execute();
}
