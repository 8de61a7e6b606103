import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DraftStorage } from "../autosave/local-draft-copy.ts";
import type { EmbedDraft } from "./embed-api.ts";
import { createEmbedDraftSession } from "./embed-draft-session.ts";

const DRAFT = "5f0c7a1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
const TOKEN = "r".repeat(43);
const draftOf = (body: { data: Record<string, unknown>; page: string | null }): EmbedDraft => ({
  id: DRAFT,
  formVersion: 1,
  revision: 1,
  expiresAt: "2030-01-31T10:00:00.000Z",
  resumeToken: TOKEN,
  ...body,
});

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

let saves: Array<{ url: string; init: RequestInit; body: Record<string, unknown> }>;
let storage: ReturnType<typeof memoryStorage>;
const fetch = async (url: string, init: RequestInit) => {
  const body = JSON.parse(String(init.body)) as Record<string, unknown>;
  saves.push({ url, init, body });
  return new Response(
    JSON.stringify({ id: DRAFT, revision: Number(body.revision) + 1, expiresAt: "2030-02-01T00:00:00.000Z" }),
    { status: 200, headers: { "content-type": "application/json" } },
  );
};
const start = (createDraft: (...args: unknown[]) => Promise<EmbedDraft>, resumed?: EmbedDraft) => {
  const kept = { write: vi.fn() };
  const session = createEmbedDraftSession({
    api: { baseUrl: "https://civitas.example/api/v1", createDraft },
    organisation: "dubova",
    form: "public-event-notification",
    kept,
    resumed: resumed ? { draft: resumed, resumeToken: TOKEN } : undefined,
    retryMs: 5000,
    autosave: { fetch, storage, events: null, debounceMs: 100 },
  });
  return { session, kept };
};

beforeEach(() => {
  vi.useFakeTimers();
  saves = [];
  storage = memoryStorage();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the draft of an embedded form", () => {
  it("is started only once the visitor answers, then saved by the autosave with the resume token", async () => {
    const createDraft = vi.fn(async (_org: unknown, _form: unknown, body: unknown) =>
      draftOf(body as { data: Record<string, unknown>; page: string | null }),
    );
    const { session, kept } = start(createDraft);
    session.update({ organiser: {} }); // the form reporting its defaults: nobody typed yet
    expect(createDraft).not.toHaveBeenCalled();

    session.touch();
    session.update({ organiser: { givenName: "A" } });
    session.update({ organiser: { givenName: "Ad" } }); // typed while the draft was being started
    await vi.advanceTimersByTimeAsync(0);
    expect(createDraft).toHaveBeenCalledTimes(1);
    expect(createDraft.mock.calls[0]?.[2]).toEqual({ data: {}, page: null });
    expect(kept.write).toHaveBeenCalledWith({ draftId: DRAFT, resumeToken: TOKEN });

    // The answers as they are by then, saved at once (not after the typing pause).
    expect(saves).toHaveLength(1);
    expect(saves[0]?.url).toBe(`https://civitas.example/api/v1/drafts/${DRAFT}`);
    expect(saves[0]?.body).toMatchObject({ data: { organiser: { givenName: "Ad" } }, revision: 1 });
    expect(saves[0]?.init.credentials).toBe("omit");
    expect(saves[0]?.init.headers).toMatchObject({ "x-resume-token": TOKEN });
    expect(session.getClient()?.getState()).toMatchObject({ status: "saved", revision: 2 });
    session.dispose();
  });

  it("tries again to start the draft when the server did not take it, saying so meanwhile", async () => {
    const createDraft = vi
      .fn()
      .mockRejectedValueOnce(new Error("the connection to the server failed"))
      .mockImplementation(async (_org: unknown, _form: unknown, body: unknown) =>
        draftOf(body as { data: Record<string, unknown>; page: string | null }),
      );
    const { session } = start(createDraft);
    session.changePage("event", { organiser: { givenName: "Ada" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getProblem()).toBe("the connection to the server failed");
    expect(session.getClient()).toBeUndefined();

    await vi.advanceTimersByTimeAsync(5000);
    expect(createDraft).toHaveBeenCalledTimes(2);
    expect(saves[0]?.body).toMatchObject({ data: { organiser: { givenName: "Ada" } }, page: "event" });
    expect(session.getProblem()).toBeUndefined();
    expect(session.owner()).toEqual({ draftId: DRAFT, resumeToken: TOKEN });
    session.dispose();
  });

  it("resumes a kept draft with the answers this device had not sent yet, and sends them", async () => {
    storage.setItem(
      `civitas-draft:${DRAFT}`,
      JSON.stringify({
        revision: 4,
        data: { organiser: { givenName: "Ada L" } },
        page: "event",
        keptAt: "x",
      }),
    );
    const createDraft = vi.fn();
    const { session } = start(createDraft, {
      ...draftOf({ data: { organiser: { givenName: "Ada" } }, page: "organiser" }),
      revision: 4,
    });
    expect(session.initial).toEqual({ data: { organiser: { givenName: "Ada L" } }, page: "event" });
    await vi.advanceTimersByTimeAsync(0);
    expect(saves[0]?.body).toMatchObject({
      data: { organiser: { givenName: "Ada L" } },
      page: "event",
      revision: 4,
    });
    expect(createDraft).not.toHaveBeenCalled();
    session.dispose();
  });
});
