import type { AutosaveState } from "./autosave-state.ts";
import { browserStorage, type DraftStorage, localDraftCopy } from "./local-draft-copy.ts";
import { type Fetch, type SaveOutcome, saveDraft } from "./save-draft.ts";

type Answers = Record<string, unknown>;
type Listener = (state: AutosaveState) => void;
type Events = Pick<EventTarget, "addEventListener" | "removeEventListener">;

export interface AutosaveOptions {
  draftId: string;
  /** The draft's revision as read or created: what the first save builds on. */
  revision: number;
  /** The draft's expiry as read, shown until the first save moves it. */
  expiresAt?: string | Date;
  /** The answers and page as read, so that handing them back unchanged saves nothing. */
  data?: Answers;
  page?: string | null;
  /** Where the REST API is mounted; `/api/v1` by default. */
  baseUrl?: string;
  resumeToken?: string;
  /** `include` for a form embedded on another site; `same-origin` by default. */
  credentials?: RequestCredentials;
  fetch?: Fetch;
  /** Where unsent answers wait; the browser's `localStorage` by default (`null`: nowhere). */
  storage?: DraftStorage | null;
  /** Source of `online`, `pagehide` and `visibilitychange`; the window by default. */
  events?: Events | null;
  debounceMs?: number;
  /** First and longest wait between retries after a failed save. */
  retry?: { firstMs: number; maxMs: number };
}

/** Saves one draft's answers as they change; see `createAutosaveClient`. */
export interface AutosaveClient {
  /** The answers changed: saved after a pause in typing. */
  update(data: Answers, page?: string | null): void;
  /** The person moved to another page: saved at once, with the page. */
  changePage(page: string, data?: Answers): void;
  /** Sends unsaved answers now; resolves when that save has been answered. */
  flush(): Promise<void>;
  getState(): AutosaveState;
  subscribe(listener: Listener): () => void;
  /** Unsent answers an earlier visit left on this device, if they build on the revision read (they are then sent). */
  recoverLocalCopy(): { data: Answers; page: string | null } | undefined;
  dispose(): void;
}

/**
 * An autosave for one draft, on the server's drafts API, with no UI of its own. Saves while typing
 * (after `debounceMs`, 800 by default), at once on a page change, and with `keepalive` when the page
 * is hidden or left. One save at a time, each building on the revision the last one returned. When
 * the network fails the answers wait in `storage` and go out when the browser is back `online`, or on
 * a retry with backoff. A 409 (another tab saved a newer revision) stops saving: it never overwrites,
 * and the state says `conflict` with the server's revision so the UI can offer a reload.
 *
 * @example
 * ```ts
 * const autosave = createAutosaveClient({ draftId: draft.id, revision: draft.revision, expiresAt: draft.expiresAt });
 * autosave.subscribe((state) => console.log(state.status, state.expiresAt));
 * autosave.update({ child: { givenName: "Anna" } });
 * ```
 */
export function createAutosaveClient(options: AutosaveOptions): AutosaveClient {
  const fetcher = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const storage = options.storage === null ? undefined : (options.storage ?? browserStorage());
  const events = options.events === null ? undefined : (options.events ?? (globalThis as unknown as Events));
  const debounceMs = options.debounceMs ?? 800;
  const { firstMs, maxMs } = options.retry ?? { firstMs: 1000, maxMs: 30_000 };
  const copy = localDraftCopy(storage, options.draftId);
  const listeners = new Set<Listener>();
  const expiresAt = options.expiresAt ? new Date(options.expiresAt) : undefined;
  let state: AutosaveState = {
    status: "saved",
    revision: options.revision,
    ...(expiresAt ? { expiresAt } : {}),
  };
  let latest = { data: options.data ?? {}, page: options.page ?? null };
  const keyOf = (answers: typeof latest) => JSON.stringify(answers);
  let savedKey = keyOf(latest);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let failures = 0;
  let retrying = false;

  const set = (next: Partial<AutosaveState>, drop: Array<keyof AutosaveState> = []) => {
    state = { ...state, ...next };
    for (const key of drop) delete state[key];
    for (const listener of listeners) listener(state);
  };
  const stopped = () => state.status === "conflict" || state.status === "expired";
  const dirty = () => keyOf(latest) !== savedKey;
  const keepLocally = () => copy.write({ revision: state.revision, ...latest });
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void send(), ms);
  };
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(keepTimer);
    retrying = false;
    copy.clear();
  };

  function settle(outcome: SaveOutcome, key: string) {
    retrying = outcome.kind === "unavailable";
    if (outcome.kind === "saved") {
      failures = 0;
      savedKey = key;
      const moved = outcome.expiresAt ? { expiresAt: outcome.expiresAt } : {};
      if (!dirty()) copy.clear();
      const status = dirty() ? "pending" : "saved";
      set({ status, revision: outcome.revision, savedAt: new Date(), ...moved }, ["error"]);
    } else if (outcome.kind === "conflict") {
      stop();
      const { currentRevision, updatedAt } = outcome;
      set({ status: "conflict", conflict: { currentRevision, ...(updatedAt ? { updatedAt } : {}) } });
    } else if (outcome.kind === "expired") {
      stop();
      set({ status: "expired" });
    } else {
      keepLocally();
      const offline = outcome.kind === "unavailable" && outcome.offline;
      set({ status: offline ? "offline" : "error", error: outcome.message });
      if (retrying) schedule(Math.min(maxMs, firstMs * 2 ** failures++));
    }
  }

  function request(keepalive: boolean): Promise<void> {
    const key = keyOf(latest);
    const body = { ...latest, revision: state.revision };
    inFlight = saveDraft({
      fetch: fetcher,
      baseUrl: options.baseUrl ?? "/api/v1",
      draftId: options.draftId,
      body,
      resumeToken: options.resumeToken,
      credentials: options.credentials ?? "same-origin",
      keepalive,
    })
      .then((outcome) => settle(outcome, key))
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  async function send(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(() => (dirty() && !stopped() && !retrying ? send() : undefined));
    if (stopped() || !dirty()) return;
    set({ status: "saving" });
    await request(false);
    if (state.status === "pending") schedule(debounceMs);
  }

  /** Leaving or hiding the page: keep the answers here, and send them if nothing else is on its way. */
  const leave = () => {
    if (!dirty() || stopped()) return;
    keepLocally();
    // A keepalive body is limited to 64 KiB; a bigger one waits here for the next visit.
    if (!inFlight && JSON.stringify(latest).length < 60_000) void request(true);
  };
  const onVisibility = () => {
    if ((globalThis as { document?: Document }).document?.visibilityState === "hidden") leave();
  };
  const onOnline = () => {
    if (dirty() && !stopped()) void send();
  };
  events?.addEventListener("online", onOnline);
  events?.addEventListener("pagehide", leave);
  events?.addEventListener("visibilitychange", onVisibility);

  return {
    update(data, page) {
      latest = { data, page: page === undefined ? latest.page : page };
      if (stopped() || !dirty()) return;
      if (state.status === "saved") set({ status: "pending" });
      if (!retrying) return schedule(debounceMs);
      clearTimeout(keepTimer);
      keepTimer = setTimeout(keepLocally, debounceMs);
    },
    changePage(page, data) {
      latest = { data: data ?? latest.data, page };
      void send();
    },
    flush: () => send(),
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recoverLocalCopy() {
      const kept = copy.read();
      if (!kept || kept.revision !== state.revision) {
        copy.clear();
        return undefined;
      }
      latest = { data: kept.data, page: kept.page ?? null };
      if (dirty()) void send();
      return latest;
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(keepTimer);
      events?.removeEventListener("online", onOnline);
      events?.removeEventListener("pagehide", leave);
      events?.removeEventListener("visibilitychange", onVisibility);
      listeners.clear();
    },
  };
}
