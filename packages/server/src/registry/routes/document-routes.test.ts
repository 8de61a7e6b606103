import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import {
  documentUrl,
  publishedContent,
  publishThroughWorkflow,
  signInTeam,
} from "../testing/registry-fixtures.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof signInTeam>>;
const LIST = `/api/v1/organisations/${DEMO_ORG}/documents`;
const AUDIT = `/api/v1/organisations/${DEMO_ORG}/audit`;

beforeAll(async () => {
  server = await createTestServer();
  team = await signInTeam(server);
  // Version 2 of the post channel gets a review-by date and a new name; then a working copy is opened.
  const post = await publishedContent(server, "Channel", "post");
  post.metadata.publication = { reviewBy: "2027-01-31" };
  post.spec.name.en = "By post";
  await publishThroughWorkflow(server, team, "Channel", "post", post);
  post.spec.name.en = "By letter";
  await server.request({
    method: "PUT",
    url: documentUrl("Channel", "post", "/working-copy"),
    cookie: team.author,
    payload: { content: post },
  });
});
afterAll(() => server.close());

const get = (url: string, cookie = team.reviewer) => server.request({ method: "GET", url, cookie });

describe("reading documents", () => {
  it("lists the organisation's documents with version, working-copy state and review-by date", async () => {
    const { documents } = (await get(LIST)).json();
    expect(documents.length).toBeGreaterThan(20);
    expect(documents).toContainEqual({
      kind: "Channel",
      id: "post",
      latestVersion: 2,
      publishedAt: expect.any(String),
      workingCopyState: "draft",
      publishAt: null,
      archived: false,
      reviewBy: "2027-01-31",
    });
    const forms = (await get(`${LIST}?kind=Form`)).json().documents;
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.every((document: { kind: string }) => document.kind === "Form")).toBe(true);
    expect((await get(`${LIST}?state=draft`)).json().documents.map((d: { id: string }) => d.id)).toEqual([
      "post",
    ]);
    expect((await get(`${LIST}?dueForReviewBefore=2027-02-01`)).json().documents).toHaveLength(1);
    expect((await get(`${LIST}?dueForReviewBefore=2027-01-31`)).json().documents).toHaveLength(0);
    expect((await get(`${LIST}?state=sleeping`)).statusCode).toBe(400);
  });

  it("gives a document with its latest version and working copy, its versions, and one version", async () => {
    const document = (await get(documentUrl("Channel", "post"))).json();
    expect(document).toMatchObject({
      kind: "Channel",
      id: "post",
      archivedAt: null,
      latest: { version: 2, content: { spec: { name: { en: "By post" } } } },
      workingCopy: { state: "draft", baseVersion: 2, content: { spec: { name: { en: "By letter" } } } },
    });
    const { versions } = (await get(documentUrl("Channel", "post", "/versions"))).json();
    expect(versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect(versions[1]).toEqual({
      version: 1,
      publishedAt: expect.any(String),
      publishedBy: "system:definitions",
      contentHash: expect.any(String),
    });
    const first = (await get(documentUrl("Channel", "post", "/versions/1"))).json();
    expect(first.content.spec.name.en).toBe("By post to the town hall");
  });

  it("answers 404 for unknown kinds, ids and versions", async () => {
    for (const url of [
      documentUrl("Gadget", "post"),
      documentUrl("Channel", "pigeon"),
      documentUrl("Channel", "pigeon", "/versions"),
      documentUrl("Channel", "post", "/versions/9"),
      documentUrl("Channel", "post", "/diff?from=9"),
      documentUrl("Channel", "town-hall", "/diff"),
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not-found");
    }
  });
});

describe("GET /documents/:kind/:id/diff", () => {
  it("shows what changed between two versions", async () => {
    const { from, to, changes } = (await get(documentUrl("Channel", "post", "/diff?from=1&to=2"))).json();
    expect({ from, to }).toEqual({ from: 1, to: 2 });
    expect(changes).toEqual([
      {
        pointer: "/metadata/publication",
        change: "added",
        after: { reviewBy: "2027-01-31", state: "published" },
      },
      { pointer: "/spec/name/en", change: "changed", before: "By post to the town hall", after: "By post" },
    ]);
  });

  it("compares the working copy with the latest version by default", async () => {
    expect((await get(documentUrl("Channel", "post", "/diff"))).json()).toEqual({
      from: 2,
      to: "working-copy",
      changes: [{ pointer: "/spec/name/en", change: "changed", before: "By post", after: "By letter" }],
    });
  });
});

describe("tenancy and roles", () => {
  it("gives another organisation's staff 404 everywhere, anonymous callers 401, a back-office key 403", async () => {
    const stranger = (await server.staff({ "other-town": ["admin"] })).cookie;
    const backOffice = await server.apiKey(DEMO_ORG, ["back-office"]);
    const urls = [
      LIST,
      AUDIT,
      documentUrl("Channel", "post"),
      documentUrl("Channel", "post", "/versions"),
      documentUrl("Channel", "post", "/versions/1"),
      documentUrl("Channel", "post", "/diff?from=1&to=2"),
    ];
    for (const url of urls) {
      const response = await get(url, stranger);
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain("By post");
      expect((await server.request({ method: "GET", url })).statusCode, url).toBe(401);
      expect((await server.request({ method: "GET", url, apiKey: backOffice })).statusCode, url).toBe(403);
    }
  });

  it("lets any staff role read", async () => {
    const officer = (await server.staff({ [DEMO_ORG]: ["officer"] })).cookie;
    expect((await get(documentUrl("Channel", "post"), officer)).statusCode).toBe(200);
  });
});

describe("GET /audit", () => {
  it("tells who did what when, newest first, per document", async () => {
    const { entries } = (await get(`${AUDIT}?kind=Channel&id=post`)).json();
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual([
      "save-working-copy",
      "publish",
      "approve",
      "submit",
      "save-working-copy",
      "publish",
    ]);
    expect(entries[0]).toMatchObject({
      kind: "Channel",
      documentId: "post",
      actor: expect.stringMatching(/^staff:/),
    });
    expect(entries[1]).toMatchObject({ detail: { version: 2 }, at: expect.any(String) });
    expect(entries[5].actor).toBe("system:definitions");
    const limited = (await get(`${AUDIT}?kind=Channel&id=post&limit=2`)).json().entries;
    expect(limited).toHaveLength(2);
    const next = (await get(`${AUDIT}?kind=Channel&id=post&limit=2&before=${limited[1].id}`)).json().entries;
    expect(next.map((entry: { action: string }) => entry.action)).toEqual(["approve", "submit"]);
  });
});
