import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AutosaveOptions, createAutosaveClient } from "./autosave-client.ts";
import type { DraftStorage } from "./local-draft-copy.ts";

const DRAFT = "0b8a7c52-8d3e-4c1a-9d55-3f1a2b4c5d6e";
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const saved = (revision: number) =>
  json(200, {
    id: DRAFT,
    revision,
    updatedAt: "2025-05-01T10:00:00.000Z",
    expiresAt: "2025-05-31T10:00:00.000Z",
  });

/** A server whose answers the test gives one by one; every request is recorded with its parsed body. */
function fakeServer() {
  const requests: Array<{ url: string; init: RequestInit; body: Record<string, unknown> }> = [];
  const answers: Array<() => Response | Promise<Response>> = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    requests.push({ url, init, body: JSON.parse(String(init.body)) });
    const answer = answers.shift();
    if (!answer) throw new Error("the test gave no answer for this request");
    return answer();
  });
  return {
    fetch,
    requests,
    answer: (...next: Array<() => Response | Promise<Response>>) => answers.push(...next),
  };
}

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

let server: ReturnType<typeof fakeServer>;
let storage: ReturnType<typeof memoryStorage>;
let events: EventTarget;
const start = (options: Partial<AutosaveOptions> = {}) =>
  createAutosaveClient({
    draftId: DRAFT,
    revision: 3,
    expiresAt: "2025-05-20T00:00:00.000Z",
    fetch: server.fetch,
    storage,
    events,
    ...options,
  });

beforeEach(() => {
  vi.useFakeTimers();
  server = fakeServer();
  storage = memoryStorage();
  events = new EventTarget();
});
afterEach(() => vi.useRealTimers());

describe("the autosave client", () => {
  it("saves once after a pause in typing, with the latest answers and the revision read", async () => {
    const autosave = start();
    const statuses: string[] = [];
    autosave.subscribe((state) => statuses.push(state.status));
    server.answer(() => saved(4));
    autosave.update({ name: "A" });
    await vi.advanceTimersByTimeAsync(500);
    autosave.update({ name: "An" });
    await vi.advanceTimersByTimeAsync(500);
    autosave.update({ name: "Anna" });
    expect(server.fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.url).toBe(`/api/v1/drafts/${DRAFT}`);
    expect(request?.init.method).toBe("PUT");
    expect(request?.body).toEqual({ data: { name: "Anna" }, page: null, revision: 3 });
    expect(statuses).toEqual(["pending", "saving", "saved"]);
    expect(autosave.getState()).toMatchObject({
      status: "saved",
      revision: 4,
      expiresAt: new Date("2025-05-31T10:00:00.000Z"),
    });
  });

  it("saves at once on a page change, and never sends two saves at the same time", async () => {
    const autosave = start();
    let answerFirst: (response: Response) => void = () => {};
    server.answer(
      () => new Promise((resolve) => (answerFirst = resolve)),
      () => saved(5),
    );
    autosave.update({ name: "Anna" });
    autosave.changePage("representatives");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests.map((request) => request.body.page)).toEqual(["representatives"]);

    autosave.update({ name: "Anna", more: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.requests).toHaveLength(1);
    answerFirst(saved(4));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toMatchObject({
      revision: 4,
      data: { more: true },
      page: "representatives",
    });
  });

  it("keeps the answers on the device while offline and sends them when the browser is back online", async () => {
    const autosave = start();
    server.answer(() => Promise.reject(new TypeError("Failed to fetch")));
    autosave.update({ name: "Anna" });
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.getState().status).toBe("offline");
    expect(JSON.parse(storage.items.get(`civitas-draft:${DRAFT}`) ?? "{}")).toMatchObject({
      revision: 3,
      data: { name: "Anna" },
    });

    autosave.update({ name: "Anna Nováková" });
    await vi.advanceTimersByTimeAsync(800);
    expect(JSON.parse(storage.items.get(`civitas-draft:${DRAFT}`) ?? "{}").data).toEqual({
      name: "Anna Nováková",
    });

    server.answer(() => saved(4));
    events.dispatchEvent(new Event("online"));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests.at(-1)?.body).toMatchObject({ data: { name: "Anna Nováková" }, revision: 3 });
    expect(autosave.getState().status).toBe("saved");
    expect(storage.items.size).toBe(0);
  });

  it("retries a save the server failed, waiting longer each time", async () => {
    const autosave = start();
    const unavailable = () =>
      json(503, { error: { code: "unavailable", message: "The database is not reachable" } });
    server.answer(unavailable, unavailable, () => saved(4));
    autosave.update({ name: "Anna" });
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.getState()).toMatchObject({ status: "error", error: "The database is not reachable" });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(3);
    expect(autosave.getState()).toMatchObject({ status: "saved", revision: 4 });
    expect(autosave.getState().error).toBeUndefined();
  });

  it("on a revision conflict reports the server's revision and never saves over it", async () => {
    const autosave = start();
    server.answer(() =>
      json(409, {
        error: {
          code: "revision-conflict",
          message: "saved elsewhere",
          details: { currentRevision: 7, updatedAt: "2025-05-01T09:00:00.000Z" },
        },
      }),
    );
    autosave.update({ name: "Anna" });
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.getState()).toMatchObject({
      status: "conflict",
      revision: 3,
      conflict: { currentRevision: 7 },
    });

    autosave.update({ name: "Anna N." });
    autosave.changePage("preferences");
    events.dispatchEvent(new Event("online"));
    events.dispatchEvent(new Event("pagehide"));
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
    expect(autosave.getState().status).toBe("conflict");
  });

  it("reports an expired draft and stops saving it", async () => {
    const autosave = start();
    server.answer(() => json(410, { error: { code: "gone", message: "This draft expired" } }));
    autosave.update({ name: "Anna" });
    await vi.advanceTimersByTimeAsync(800);
    expect(autosave.getState().status).toBe("expired");
    autosave.update({ name: "Anna N." });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("sends unsaved answers with keepalive when the page is left, keeping a copy on the device", async () => {
    const autosave = start({ resumeToken: "resume-token-1" });
    server.answer(() => saved(4));
    autosave.update({ name: "Anna" });
    events.dispatchEvent(new Event("pagehide"));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.init).toMatchObject({
      keepalive: true,
      headers: { "x-resume-token": "resume-token-1" },
    });
    expect(storage.items.get(`civitas-draft:${DRAFT}`)).toContain("Anna");
  });

  it("recovers answers an earlier visit could not send, only if they build on the revision read", async () => {
    storage.items.set(
      `civitas-draft:${DRAFT}`,
      JSON.stringify({ revision: 3, data: { name: "Offline Anna" }, page: "child", keptAt: "" }),
    );
    server.answer(() => saved(4));
    const recovered = start().recoverLocalCopy();
    expect(recovered).toEqual({ data: { name: "Offline Anna" }, page: "child" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests[0]?.body).toMatchObject({ data: { name: "Offline Anna" }, revision: 3 });

    storage.items.set(
      `civitas-draft:${DRAFT}`,
      JSON.stringify({ revision: 2, data: { name: "Older" }, keptAt: "" }),
    );
    expect(start({ revision: 5 }).recoverLocalCopy()).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it("saves nothing when handed back the answers it was started with", async () => {
    const autosave = start({ data: { name: "Anna" }, page: "child" });
    autosave.update({ name: "Anna" }, "child");
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.fetch).not.toHaveBeenCalled();
    expect(autosave.getState().status).toBe("saved");
  });
});
