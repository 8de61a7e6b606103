import { ApiError, apiRequest } from "@civitas/runtime";

/** The registry's REST answers as the builder reads them (dates arrive as ISO strings). */

export type Content = Record<string, unknown>;
export type WorkingCopyState = "draft" | "in-review" | "approved";
export const DOCUMENT_STATES = [
  "draft",
  "in-review",
  "approved",
  "scheduled",
  "published",
  "archived",
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const NEW_KINDS = ["Form", "Service", "Channel", "LifeSituation"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface DefinitionProblem {
  severity: "error" | "warning";
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export interface WorkingCopy {
  state: WorkingCopyState;
  content: Content;
  baseVersion: number | null;
  publishAt: string | null;
  scheduledBy: string | null;
  comment: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  contentHash: string;
}

export interface DocumentSummary {
  kind: string;
  id: string;
  latestVersion: number | null;
  publishedAt: string | null;
  workingCopyState: WorkingCopyState | null;
  publishAt: string | null;
  archived: boolean;
  reviewBy: string | null;
}

export interface DocumentDetail {
  kind: string;
  id: string;
  archivedAt: string | null;
  latest: (VersionSummary & { content: Content }) | null;
  workingCopy: WorkingCopy | null;
}

export interface DiffChange {
  pointer: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

export interface DocumentDiff {
  from: number | null;
  to: number | "working-copy";
  changes: DiffChange[];
}

export interface AuditEntry {
  id: number;
  actor: string;
  action: string;
  kind: string | null;
  documentId: string | null;
  detail: Record<string, unknown>;
  at: string;
}

export interface ReviewDue {
  kind: string;
  id: string;
  name: Record<string, string> | null;
  version: number | null;
  reviewBy: string;
  responsible: string | null;
  overdue: boolean;
}

const org = (organisation: string) => `/organisations/${encodeURIComponent(organisation)}`;
const doc = (organisation: string, kind: string, id: string) =>
  `${org(organisation)}/documents/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;

/** The organisation's documents (archived ones too), of one kind when `kind` is given. */
export const listDocuments = (organisation: string, kind?: string) =>
  apiRequest<{ documents: DocumentSummary[] }>(
    `${org(organisation)}/documents${kind ? `?kind=${encodeURIComponent(kind)}` : ""}`,
  ).then((r) => r.documents);

export const getDocument = (organisation: string, kind: string, id: string) =>
  apiRequest<DocumentDetail>(doc(organisation, kind, id));

export const listVersions = (organisation: string, kind: string, id: string) =>
  apiRequest<{ versions: VersionSummary[] }>(`${doc(organisation, kind, id)}/versions`).then(
    (r) => r.versions,
  );

export function getDiff(
  organisation: string,
  kind: string,
  id: string,
  from?: number,
  to?: number | "working-copy",
) {
  const query = new URLSearchParams();
  if (from !== undefined) query.set("from", String(from));
  if (to !== undefined) query.set("to", String(to));
  const suffix = query.size > 0 ? `?${query}` : "";
  return apiRequest<DocumentDiff>(`${doc(organisation, kind, id)}/diff${suffix}`);
}

export const saveWorkingCopy = (organisation: string, kind: string, id: string, content: Content) =>
  apiRequest<{ workingCopy: WorkingCopy; problems: DefinitionProblem[] }>(
    `${doc(organisation, kind, id)}/working-copy`,
    { method: "PUT", body: { content } },
  );

export const validateDefinitions = (
  organisation: string,
  files: Array<{ path: string; text: string }>,
  signal?: AbortSignal,
) =>
  apiRequest<{ ok: boolean; problems: DefinitionProblem[] }>(`${org(organisation)}/definitions/validate`, {
    method: "POST",
    body: { files },
    ...(signal ? { signal } : {}),
  });

export type WorkflowStep = "submit" | "approve" | "request-changes" | "publish" | "archive" | "restore";

export function runWorkflowStep(
  organisation: string,
  kind: string,
  id: string,
  step: WorkflowStep,
  body?: { comment?: string; at?: string },
) {
  const path =
    step === "archive" || step === "restore"
      ? `${doc(organisation, kind, id)}/${step}`
      : `${doc(organisation, kind, id)}/working-copy/${step}`;
  return apiRequest<unknown>(path, { method: "POST", body: body ?? {} });
}

export function listAudit(
  organisation: string,
  filters: { kind?: string; id?: string; before?: number; limit?: number },
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) query.set(key, String(value));
  return apiRequest<{ entries: AuditEntry[] }>(`${org(organisation)}/audit?${query}`).then((r) => r.entries);
}

/** Documents due for review within `within` days; where the server has no such route yet, from the list. */
export async function listReviewsDue(organisation: string, within = 30): Promise<ReviewDue[]> {
  try {
    const found = await apiRequest<{ documents: ReviewDue[] }>(
      `${org(organisation)}/reviews-due?within=${within}`,
    );
    return found.documents;
  } catch (failure) {
    if (
      !(
        failure instanceof ApiError &&
        failure.status === 404 &&
        failure.message.startsWith("There is nothing at")
      )
    )
      throw failure;
  }
  const today = new Date().toISOString().slice(0, 10);
  const before = new Date(Date.now() + within * 86_400_000).toISOString().slice(0, 10);
  const { documents } = await apiRequest<{ documents: DocumentSummary[] }>(
    `${org(organisation)}/documents?dueForReviewBefore=${before}`,
  );
  return documents
    .filter((summary) => summary.reviewBy)
    .map((summary) => ({
      kind: summary.kind,
      id: summary.id,
      name: null,
      version: summary.latestVersion,
      reviewBy: summary.reviewBy as string,
      responsible: null,
      overdue: (summary.reviewBy as string) < today,
    }))
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy));
}

/** The state a person sees for a document, from its summary. */
export function documentState(summary: DocumentSummary): DocumentState {
  if (summary.archived) return "archived";
  if (summary.workingCopyState === "approved" && summary.publishAt) return "scheduled";
  if (summary.workingCopyState) return summary.workingCopyState;
  return "published";
}
