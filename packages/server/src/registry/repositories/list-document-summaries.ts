import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface DocumentFilters {
  kind?: string | undefined;
  id?: string | undefined;
  state?: "draft" | "in-review" | "approved" | "scheduled" | "published" | "archived" | undefined;
  /** An ISO date: documents not archived whose review-by date is before it. */
  dueForReviewBefore?: string | undefined;
}

/** One row per document of the organisation: its latest version and its working copy, if any. */
export async function listDocumentSummaries(
  db: Kysely<Database>,
  organisationId: string,
  filters: DocumentFilters = {},
) {
  const reviewBy = sql<
    string | null
  >`coalesce(latest.review_by, w.content #>> '{metadata,publication,reviewBy}')`;
  let query = db
    .selectFrom("documents as d")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("document_versions as v")
          .select([
            "v.version",
            "v.published_at",
            sql<string | null>`v.content #>> '{metadata,publication,reviewBy}'`.as("review_by"),
          ])
          .whereRef("v.organisation_id", "=", "d.organisation_id")
          .whereRef("v.kind", "=", "d.kind")
          .whereRef("v.document_id", "=", "d.id")
          .orderBy("v.version", "desc")
          .limit(1)
          .as("latest"),
      (join) => join.onTrue(),
    )
    .leftJoin("working_copies as w", (join) =>
      join
        .onRef("w.organisation_id", "=", "d.organisation_id")
        .onRef("w.kind", "=", "d.kind")
        .onRef("w.document_id", "=", "d.id"),
    )
    .select([
      "d.kind",
      "d.id",
      "d.archived_at",
      "latest.version",
      "latest.published_at",
      "w.state",
      "w.publish_at",
      reviewBy.as("review_by"),
    ])
    .where("d.organisation_id", "=", organisationId);
  if (filters.kind) query = query.where("d.kind", "=", filters.kind);
  if (filters.id) query = query.where("d.id", "=", filters.id);
  switch (filters.state) {
    case undefined:
      break;
    case "scheduled":
      query = query.where("w.publish_at", "is not", null);
      break;
    case "published":
      query = query.where("latest.version", "is not", null).where("d.archived_at", "is", null);
      break;
    case "archived":
      query = query.where("d.archived_at", "is not", null);
      break;
    default:
      query = query.where("w.state", "=", filters.state);
  }
  if (filters.dueForReviewBefore) {
    query = query.where("d.archived_at", "is", null).where(reviewBy, "<", filters.dueForReviewBefore);
  }
  return query.orderBy("d.kind").orderBy("d.id").execute();
}
