import type { ConnectorRoute } from "@civitas/definitions";
import { type Insertable, type Kysely, sql } from "kysely";
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

/** What is written with a new submission: its first history entry and its deliveries. */
export interface NewCase {
  /** Who submitted (`actorLabel`), for the first history entry. */
  actor: string;
  /** The routes that get a pending delivery (an outbox row) each. */
  routes: readonly Pick<ConnectorRoute, "id" | "connector">[];
}

type RouteRow = { route_id: string; connector: string };

/**
 * Inserts a submission with its first history entry (its state, at its submission time) and one
 * outbox row per route, in ONE statement: the history and outbox inserts read the new row from the
 * submission's CTE, so the three are atomic without a transaction of their own and cost one round
 * trip. When the idempotency key is taken, nothing is written and undefined is returned.
 */
export function insertSubmission(
  db: Kysely<Database>,
  values: Insertable<SubmissionsTable>,
  newCase: NewCase,
) {
  const routeIds = newCase.routes.map((route) => route.id);
  const connectors = newCase.routes.map((route) => route.connector);
  const routes = sql<RouteRow>`unnest(${routeIds}::text[], ${connectors}::text[])`;
  return db
    .with("submission", (db) =>
      db
        .insertInto("submissions")
        .values(values)
        .onConflict((oc) => oc.columns(["organisation_id", "idempotency_key"]).doNothing())
        .returning(["id", "state", "submitted_at"]),
    )
    .with("first_entry", (db) =>
      db
        .insertInto("case_state_history")
        .columns(["submission_id", "state", "note", "actor", "at"])
        .expression((eb) =>
          eb
            .selectFrom("submission")
            .select([
              "id",
              "state",
              eb.lit(null).as("note"),
              eb.val(newCase.actor).as("actor"),
              "submitted_at",
            ]),
        ),
    )
    .with("deliveries", (db) =>
      db
        .insertInto("outbox")
        .columns(["submission_id", "route_id", "connector"])
        .expression((eb) =>
          eb
            .selectFrom(["submission", routes.as<"route">(sql`route(route_id, connector)`)])
            .select(["submission.id", "route.route_id", "route.connector"]),
        ),
    )
    .selectFrom("submission")
    .select("id")
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
