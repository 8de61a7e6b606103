import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * The organisation's published, not archived documents whose latest version names a review-by date
 * on or before `until` (an ISO date), soonest first.
 */
export async function listReviewDates(db: Kysely<Database>, organisationId: string, until: string) {
  return db
    .selectFrom("documents as d")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("document_versions as v")
          .select([
            "v.version",
            sql<string | null>`v.content #>> '{metadata,publication,reviewBy}'`.as("review_by"),
            sql<string | null>`v.content #>> '{metadata,publication,state}'`.as("publication_state"),
            sql<unknown>`v.content #> '{metadata,publication,responsible}'`.as("responsible"),
            sql<unknown>`v.content #> '{spec,name}'`.as("name"),
          ])
          .whereRef("v.organisation_id", "=", "d.organisation_id")
          .whereRef("v.kind", "=", "d.kind")
          .whereRef("v.document_id", "=", "d.id")
          .orderBy("v.version", "desc")
          .limit(1)
          .as("latest"),
      (join) => join.onTrue(),
    )
    .select(["d.kind", "d.id", "latest.version", "latest.review_by", "latest.responsible", "latest.name"])
    .where("d.organisation_id", "=", organisationId)
    .where("d.archived_at", "is", null)
    .where(sql<boolean>`coalesce(latest.publication_state, 'published') <> 'archived'`)
    .where("latest.review_by", "is not", null)
    .where("latest.review_by", "<=", until)
    .orderBy("latest.review_by")
    .orderBy("d.kind")
    .orderBy("d.id")
    .execute();
}
