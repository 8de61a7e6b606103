import type { WORKING_COPY_STATES } from "../registry-schemas.ts";
import type { WorkingCopyRow } from "../repositories/working-copy-repository.ts";

type WorkingCopyState = (typeof WORKING_COPY_STATES)[number];
type Content = Record<string, unknown>;

/** The working copy as the APIs show it. */
export const toWorkingCopy = (row: WorkingCopyRow) => ({
  state: row.state as WorkingCopyState,
  content: row.content as Content,
  baseVersion: row.base_version,
  publishAt: row.publish_at,
  scheduledBy: row.scheduled_by,
  comment: row.comment,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});

interface VersionRow {
  version: number;
  published_at: Date;
  published_by: string;
  content_hash: string;
}

/** A published version as the APIs list it. */
export const toVersionSummary = (row: VersionRow) => ({
  version: row.version,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
  contentHash: row.content_hash,
});

/** A published version with its content. */
export const toVersion = (row: VersionRow & { content: unknown }) => ({
  ...toVersionSummary(row),
  content: row.content as Content,
});

/** A row of the document list as the APIs show it. */
export const toDocumentSummary = (row: {
  kind: string;
  id: string;
  archived_at: Date | null;
  version: number | null;
  published_at: Date | null;
  state: string | null;
  publish_at: Date | null;
  review_by: string | null;
}) => ({
  kind: row.kind,
  id: row.id,
  latestVersion: row.version,
  publishedAt: row.published_at,
  workingCopyState: row.state as WorkingCopyState | null,
  publishAt: row.publish_at,
  archived: row.archived_at !== null,
  reviewBy: row.review_by,
});
