import type { Insertable, Kysely } from "kysely";
import type { Owner } from "../citizens/owner.ts";
import type { Database, SubmissionsTable } from "../db/schema.ts";
import { ownerFilter } from "./submission-owner.ts";

/** A submission with the number of the form version it was validated against. */
function selectSubmissions(db: Kysely<Database>) {
  return db
    .selectFrom("submissions")
    .innerJoin("document_versions", (join) =>
      join
        .onRef("document_versions.id", "=", "submissions.form_version_id")
        .onRef("document_versions.organisation_id", "=", "submissions.organisation_id"),
    )
    .selectAll("submissions")
    .select("document_versions.version as form_version");
}
export type StoredSubmission = Awaited<
  ReturnType<ReturnType<typeof selectSubmissions>["executeTakeFirstOrThrow"]>
>;

export function findSubmissionByKey(db: Kysely<Database>, organisationId: string, idempotencyKey: string) {
  return selectSubmissions(db)
    .where("submissions.organisation_id", "=", organisationId)
    .where("submissions.idempotency_key", "=", idempotencyKey)
    .executeTakeFirst();
}

/** Inserts a submission unless its idempotency key is taken (then returns undefined). */
export function insertSubmission(db: Kysely<Database>, values: Insertable<SubmissionsTable>) {
  return db
    .insertInto("submissions")
    .values(values)
    .onConflict((oc) => oc.columns(["organisation_id", "idempotency_key"]).doNothing())
    .returning(["id", "case_number", "state", "submitted_at"])
    .executeTakeFirst();
}

export function findSubmissionOfOwner(db: Kysely<Database>, owner: Owner, id: string) {
  const [column, value] = ownerFilter(owner);
  return selectSubmissions(db)
    .where(`submissions.${column}`, "=", value)
    .where("submissions.id", "=", id)
    .executeTakeFirst();
}

export function listSubmissionsOfOwner(db: Kysely<Database>, owner: Owner, limit: number) {
  const [column, value] = ownerFilter(owner);
  return selectSubmissions(db)
    .where(`submissions.${column}`, "=", value)
    .orderBy("submissions.submitted_at", "desc")
    .orderBy("submissions.id", "desc")
    .limit(limit)
    .execute();
}

export function findSubmissionInOrganisation(db: Kysely<Database>, organisationId: string, id: string) {
  return selectSubmissions(db)
    .where("submissions.organisation_id", "=", organisationId)
    .where("submissions.id", "=", id)
    .executeTakeFirst();
}

export interface SubmissionFilters {
  formId?: string | undefined;
  state?: string | undefined;
  since?: Date | undefined;
  limit: number;
}

/** Newest first; with `since`, those submitted after it, oldest first (so a poller can page on). */
export function listSubmissionsInOrganisation(
  db: Kysely<Database>,
  organisationId: string,
  filters: SubmissionFilters,
) {
  let query = selectSubmissions(db).where("submissions.organisation_id", "=", organisationId);
  if (filters.formId) query = query.where("submissions.form_id", "=", filters.formId);
  if (filters.state) query = query.where("submissions.state", "=", filters.state);
  const direction = filters.since ? "asc" : "desc";
  if (filters.since) query = query.where("submissions.submitted_at", ">", filters.since);
  return query
    .orderBy("submissions.submitted_at", direction)
    .orderBy("submissions.id", direction)
    .limit(filters.limit)
    .execute();
}

/** Locks a submission for a state change, found by organisation or by owner. */
export function lockSubmission(
  db: Kysely<Database>,
  where: { organisationId: string; id: string } | { owner: Owner; id: string },
) {
  let query = db
    .selectFrom("submissions")
    .select(["id", "organisation_id", "form_version_id", "case_number", "state"])
    .where("id", "=", where.id);
  if ("owner" in where) {
    const [column, value] = ownerFilter(where.owner);
    query = query.where(column, "=", value);
  } else query = query.where("organisation_id", "=", where.organisationId);
  return query.forUpdate().executeTakeFirst();
}

export async function updateSubmissionState(
  db: Kysely<Database>,
  change: { organisationId: string; id: string; state: string; externalReference?: string | undefined },
): Promise<void> {
  await db
    .updateTable("submissions")
    .set({
      state: change.state,
      ...(change.externalReference !== undefined ? { external_reference: change.externalReference } : {}),
    })
    .where("organisation_id", "=", change.organisationId)
    .where("id", "=", change.id)
    .execute();
}
