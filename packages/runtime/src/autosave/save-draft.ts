/** The `fetch` the autosave calls (injected; the browser's by default). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** What a save came to, in the terms the autosave acts on. */
export type SaveOutcome =
  | { kind: "saved"; revision: number; expiresAt?: Date }
  | { kind: "conflict"; currentRevision: number; updatedAt?: Date }
  | { kind: "expired" }
  | { kind: "refused"; message: string }
  | { kind: "unavailable"; offline: boolean; message: string };

export interface SaveDraftRequest {
  fetch: Fetch;
  baseUrl: string;
  draftId: string;
  body: { data: Record<string, unknown>; page?: string | null; revision: number };
  resumeToken?: string | undefined;
  credentials: RequestCredentials;
  keepalive?: boolean;
}

const dateOf = (value: unknown) => (typeof value === "string" ? new Date(value) : undefined);

/**
 * `PUT {baseUrl}/drafts/{id}` with the answers and the revision they build on. The server answers 200
 * with the new revision and expiry, 409 `revision-conflict` with `details.currentRevision` when another
 * tab saved in between (nothing changed), 410 once the draft expired. A network failure, 429 and 5xx
 * are `unavailable` (worth retrying); any other answer is `refused`.
 */
export async function saveDraft(request: SaveDraftRequest): Promise<SaveOutcome> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (request.resumeToken) headers["x-resume-token"] = request.resumeToken;
  let response: Response;
  try {
    response = await request.fetch(`${request.baseUrl}/drafts/${encodeURIComponent(request.draftId)}`, {
      method: "PUT",
      headers,
      body: JSON.stringify(request.body),
      credentials: request.credentials,
      ...(request.keepalive ? { keepalive: true } : {}),
    });
  } catch (error) {
    return {
      kind: "unavailable",
      offline: true,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const error = (body.error ?? {}) as { message?: string; details?: Record<string, unknown> };
  if (response.ok) {
    const expiresAt = dateOf(body.expiresAt);
    return { kind: "saved", revision: Number(body.revision), ...(expiresAt ? { expiresAt } : {}) };
  }
  if (response.status === 409 && typeof error.details?.currentRevision === "number") {
    const updatedAt = dateOf(error.details.updatedAt);
    return {
      kind: "conflict",
      currentRevision: error.details.currentRevision,
      ...(updatedAt ? { updatedAt } : {}),
    };
  }
  if (response.status === 410) return { kind: "expired" };
  const message = error.message ?? (response.statusText || `HTTP ${response.status}`);
  if (response.status === 429 || response.status >= 500)
    return { kind: "unavailable", offline: false, message };
  return { kind: "refused", message };
}
