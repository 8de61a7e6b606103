import {
  type AutosaveClient,
  type AutosaveOptions,
  createAutosaveClient,
} from "../autosave/autosave-client.ts";
import { browserStorage } from "../autosave/local-draft-copy.ts";
import type { EmbedApi, EmbedDraft } from "./embed-api.ts";
import type { EmbedStorage } from "./embed-storage.ts";

type Answers = Record<string, unknown>;

export interface DraftOwner {
  draftId: string;
  resumeToken: string;
}

export interface EmbedDraftSessionOptions {
  api: Pick<EmbedApi, "baseUrl" | "createDraft">;
  organisation: string;
  form: string;
  kept: Pick<EmbedStorage, "write">;
  /** The draft read back on a later visit; without it a draft is started with the first answer. */
  resumed?: { draft: EmbedDraft; resumeToken: string } | undefined;
  /** Options of the autosave client, for tests (its `fetch`, `storage`, `events`, `debounceMs`). */
  autosave?: Pick<AutosaveOptions, "fetch" | "storage" | "events" | "debounceMs">;
  /** Wait before trying again to start a draft the server did not take. */
  retryMs?: number;
}

/**
 * The anonymous draft behind an embedded form. A portal's visitors mostly only look, so the draft
 * is started (`POST .../drafts`, which gives its resume token) only once the person answers
 * something; from then on the runtime's autosave client saves it, exactly as on the citizen pages.
 * The draft's id and token go to the portal origin's storage, for the next visit.
 *
 * @example
 * ```ts
 * const session = createEmbedDraftSession({ api, organisation: "dubova", form: "public-event-notification", kept });
 * session.touch(); // the person typed
 * session.update({ organiser: { type: "person" } });
 * ```
 */
export function createEmbedDraftSession(options: EmbedDraftSessionOptions) {
  const { api, resumed } = options;
  const retryMs = options.retryMs ?? 5000;
  const listeners = new Set<() => void>();
  let owner: DraftOwner | undefined = resumed
    ? { draftId: resumed.draft.id, resumeToken: resumed.resumeToken }
    : undefined;
  let client: AutosaveClient | undefined = resumed
    ? clientFor(resumed.draft, resumed.resumeToken)
    : undefined;
  const initial: { data: Answers; page: string | null } = resumed
    ? (client?.recoverLocalCopy() ?? { data: resumed.draft.data, page: resumed.draft.page })
    : { data: {}, page: null };
  let latest = initial;
  let touched = false;
  let creating: Promise<DraftOwner> | undefined;
  let problem: string | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let snapshot = 0;
  const notify = () => {
    snapshot++;
    for (const listener of listeners) listener();
  };

  function clientFor(draft: EmbedDraft, resumeToken: string): AutosaveClient {
    return createAutosaveClient({
      draftId: draft.id,
      revision: draft.revision,
      expiresAt: draft.expiresAt,
      data: draft.data,
      page: draft.page,
      baseUrl: api.baseUrl,
      resumeToken,
      credentials: "omit",
      // Reading `localStorage` throws where the page may not use it (a third-party frame): then nowhere.
      storage: browserStorage() ?? null,
      ...options.autosave,
    });
  }

  function start(): Promise<DraftOwner> {
    if (owner) return Promise.resolve(owner);
    creating ??= (async () => {
      try {
        // Started empty; the answers go by the autosave at once, so that it says when they were saved.
        const draft = await api.createDraft(options.organisation, options.form, { data: {}, page: null });
        if (!draft.resumeToken) throw new Error("the server kept the draft without a resume token");
        const started = { draftId: draft.id, resumeToken: draft.resumeToken };
        if (disposed) return started;
        owner = started;
        options.kept.write(started);
        client = clientFor(draft, draft.resumeToken);
        problem = undefined;
        client.update(latest.data, latest.page);
        void client.flush();
        notify();
        return started;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
        clearTimeout(retry);
        if (!disposed) retry = setTimeout(() => void start().catch(() => {}), retryMs);
        notify();
        throw error;
      } finally {
        creating = undefined;
      }
    })();
    return creating;
  }

  return {
    /** The answers and page to show first: unsent ones this device kept, else the draft's. */
    initial,
    /** The person answered something: from now on the answers are worth a draft. */
    touch() {
      touched = true;
    },
    update(data: Answers) {
      latest = { ...latest, data };
      if (client) client.update(data);
      else if (touched) void start().catch(() => {});
    },
    changePage(page: string, data: Answers) {
      touched = true;
      latest = { data, page };
      if (client) client.changePage(page, data);
      else void start().catch(() => {});
    },
    /** The draft, started now if need be (e.g. to upload a file to it). */
    ensureDraft: start,
    /** Resolves once the latest answers are on the server (as far as it took them). */
    async flush(): Promise<void> {
      await creating?.catch(() => {});
      await client?.flush();
    },
    owner: () => owner,
    getClient: () => client,
    /** Why the draft could not be started, while it is not. */
    getProblem: () => problem,
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimeout(retry);
      client?.dispose();
      listeners.clear();
    },
  };
}

export type EmbedDraftSession = ReturnType<typeof createEmbedDraftSession>;
