import { afterEach, describe, expect, it, vi } from "vitest";
import type { Draft } from "../api/api-types.ts";
import { fakeApi } from "../testing/fake-api.ts";
import { memoryStorage } from "../testing/memory-storage.ts";
import { findOrCreateDraft } from "./find-or-create-draft.ts";
import { resumeTokens } from "./resume-tokens.ts";

const DRAFT_A = "6f1c2b4e-0000-4000-8000-00000000000a";
const DRAFT_B = "6f1c2b4e-0000-4000-8000-00000000000b";
const TOKEN = "t".repeat(43);

const draft = (id: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  organisation: "dubova",
  form: "kindergarten-enrolment",
  formVersion: 1,
  data: { child: { givenName: "Anna" } },
  page: "representatives",
  revision: 3,
  createdAt: "2026-11-01T10:00:00Z",
  updatedAt: "2026-11-02T10:00:00Z",
  expiresAt: "2026-12-02T10:00:00Z",
  ...extra,
});
const ok = (body: unknown) => ({ status: 200, body });
const noAttachments = () => ok({ attachments: [] });
const request = { organisation: "dubova", form: "kindergarten-enrolment" };

afterEach(() => vi.unstubAllGlobals());

describe("findOrCreateDraft", () => {
  it("resumes the signed-in citizen's latest draft of this form instead of starting another", async () => {
    const api = fakeApi({
      "GET /citizen/drafts": () =>
        ok({
          drafts: [
            { ...draft(DRAFT_A), updatedAt: "2026-11-01T09:00:00Z" },
            { ...draft(DRAFT_B), updatedAt: "2026-11-03T09:00:00Z" },
            { ...draft("other"), form: "dog-registration", updatedAt: "2026-11-04T09:00:00Z" },
          ],
        }),
      [`GET /drafts/${DRAFT_B}`]: () => ok(draft(DRAFT_B)),
      [`GET /drafts/${DRAFT_B}/attachments`]: () =>
        ok({ attachments: [{ id: "f1", field: "x", filename: "a.pdf", size: 10 }] }),
    });
    vi.stubGlobal("fetch", api.fetch);
    const opened = await findOrCreateDraft({
      ...request,
      signedIn: true,
      tokens: resumeTokens(memoryStorage()),
    });
    expect(opened.draft.id).toBe(DRAFT_B);
    expect(opened.draft.page).toBe("representatives");
    expect(opened.attachments.map((file) => file.filename)).toEqual(["a.pdf"]);
    expect(api.requests.some((r) => r.method === "POST")).toBe(false);
  });

  it("starts a draft when the citizen has none of this form", async () => {
    const api = fakeApi({
      "GET /citizen/drafts": () => ok({ drafts: [] }),
      "POST /organisations/dubova/forms/kindergarten-enrolment/drafts": () => ({
        status: 201,
        body: draft(DRAFT_A),
      }),
    });
    vi.stubGlobal("fetch", api.fetch);
    const opened = await findOrCreateDraft({
      ...request,
      signedIn: true,
      tokens: resumeTokens(memoryStorage()),
    });
    expect(opened.draft.id).toBe(DRAFT_A);
    expect(opened.resumeToken).toBeUndefined();
  });

  it("resumes an anonymous draft this device started, with its token", async () => {
    const tokens = resumeTokens(memoryStorage());
    tokens.keepDraft("dubova", "kindergarten-enrolment", { draftId: DRAFT_A, token: TOKEN });
    const api = fakeApi({
      [`GET /drafts/${DRAFT_A}`]: () => ok(draft(DRAFT_A)),
      [`GET /drafts/${DRAFT_A}/attachments`]: noAttachments,
    });
    vi.stubGlobal("fetch", api.fetch);
    const opened = await findOrCreateDraft({ ...request, signedIn: false, tokens });
    expect(opened.draft.id).toBe(DRAFT_A);
    expect(opened.resumeToken).toBe(TOKEN);
    expect(api.requests[0]?.headers["x-resume-token"]).toBe(TOKEN);
  });

  it("starts over, and remembers the new token, when the kept anonymous draft has expired", async () => {
    const tokens = resumeTokens(memoryStorage());
    tokens.keepDraft("dubova", "kindergarten-enrolment", { draftId: DRAFT_A, token: TOKEN });
    const api = fakeApi({
      [`GET /drafts/${DRAFT_A}`]: () => ({
        status: 410,
        body: { error: { code: "gone", message: "expired" } },
      }),
      "POST /organisations/dubova/forms/kindergarten-enrolment/drafts": () => ({
        status: 201,
        body: { ...draft(DRAFT_B, { data: {}, page: null, revision: 1 }), resumeToken: "n".repeat(43) },
      }),
    });
    vi.stubGlobal("fetch", api.fetch);
    const opened = await findOrCreateDraft({ ...request, signedIn: false, tokens });
    expect(opened.draft.id).toBe(DRAFT_B);
    expect(opened.draft).not.toHaveProperty("resumeToken");
    expect(tokens.draft("dubova", "kindergarten-enrolment")).toEqual({
      draftId: DRAFT_B,
      token: "n".repeat(43),
    });
  });

  it("opens the draft of a resume link on another device and keeps its token there", async () => {
    const tokens = resumeTokens(memoryStorage());
    const api = fakeApi({
      [`GET /drafts/${DRAFT_B}`]: (r) =>
        r.headers["x-resume-token"] === TOKEN ? ok(draft(DRAFT_B)) : { status: 404, body: {} },
      [`GET /drafts/${DRAFT_B}/attachments`]: noAttachments,
    });
    vi.stubGlobal("fetch", api.fetch);
    const link = { draftId: DRAFT_B, token: TOKEN };
    const opened = await findOrCreateDraft({ ...request, signedIn: false, link, tokens });
    expect(opened.draft.data).toEqual({ child: { givenName: "Anna" } });
    expect(tokens.draft("dubova", "kindergarten-enrolment")).toEqual(link);
  });

  it("says why when a draft cannot be read, rather than silently starting a new one", async () => {
    const tokens = resumeTokens(memoryStorage());
    tokens.keepDraft("dubova", "kindergarten-enrolment", { draftId: DRAFT_A, token: TOKEN });
    const api = fakeApi({
      [`GET /drafts/${DRAFT_A}`]: () => ({
        status: 503,
        body: { error: { code: "unavailable", message: "down" } },
      }),
    });
    vi.stubGlobal("fetch", api.fetch);
    await expect(findOrCreateDraft({ ...request, signedIn: false, tokens })).rejects.toThrow("down");
    expect(api.requests.some((r) => r.method === "POST")).toBe(false);
  });
});
