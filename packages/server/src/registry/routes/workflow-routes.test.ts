import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import {
  documentUrl,
  type EditableDocument,
  publishedContent,
  signInTeam,
} from "../testing/registry-fixtures.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof signInTeam>>;
beforeAll(async () => {
  server = await createTestServer();
  team = await signInTeam(server);
});
afterAll(() => server.close());

const post = (url: string, cookie?: string, payload?: object) =>
  server.request({ method: "POST", url, ...(cookie ? { cookie } : {}), ...(payload ? { payload } : {}) });

const originals = new Map<string, EditableDocument>();

/** Saves an edit of a published channel's English name as the author. */
async function editChannel(id: string, name: string, cookie = team.author) {
  if (!originals.has(id)) originals.set(id, await publishedContent(server, "Channel", id));
  const content = structuredClone(originals.get(id) as EditableDocument);
  content.spec.name.en = name;
  return server.request({
    method: "PUT",
    url: documentUrl("Channel", id, "/working-copy"),
    cookie,
    payload: { content },
  });
}

describe("the publishing workflow", () => {
  it("goes author → reviewer → publisher to version N+1 and leaves the old version unchanged", async () => {
    const url = (suffix: string) => documentUrl("Channel", "post", suffix);
    const before = await server.request({ method: "GET", url: url("/versions/1"), cookie: team.author });
    expect((await editChannel("post", "By post, please")).statusCode).toBe(200);
    expect((await post(url("/working-copy/submit"), team.author)).json().state).toBe("in-review");
    expect((await post(url("/working-copy/approve"), team.reviewer)).json().state).toBe("approved");
    const published = await post(url("/working-copy/publish"), team.publisher);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ published: true, version: 2, publishAt: null });

    const document = (await server.request({ method: "GET", url: url(""), cookie: team.reviewer })).json();
    expect(document.workingCopy).toBeNull();
    expect(document.latest).toMatchObject({
      version: 2,
      content: { spec: { name: { en: "By post, please" } } },
    });
    expect(document.latest.publishedBy).toMatch(/^staff:/);
    const after = await server.request({ method: "GET", url: url("/versions/1"), cookie: team.author });
    expect(after.json()).toEqual(before.json());
    expect(after.json().content.spec.name.en).toBe("By post to the town hall");
  });

  it("lets nobody approve their own edit (four eyes)", async () => {
    const both = (await server.staff({ [DEMO_ORG]: ["author", "reviewer"] })).cookie;
    const url = (suffix: string) => documentUrl("Channel", "data-box", suffix);
    await editChannel("data-box", "Data box", both);
    await post(url("/working-copy/submit"), both);
    const own = await post(url("/working-copy/approve"), both);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/four-eyes/);
    expect((await post(url("/working-copy/approve"), team.reviewer)).json().state).toBe("approved");
  });

  it("checks the roles: an author cannot publish, a reviewer cannot edit, a publisher cannot approve", async () => {
    const url = (suffix: string) => documentUrl("Channel", "trade-licensing-office", suffix);
    expect((await editChannel("trade-licensing-office", "Trade office", team.reviewer)).statusCode).toBe(403);
    await editChannel("trade-licensing-office", "Trade office");
    expect((await post(url("/working-copy/submit"), team.reviewer)).statusCode).toBe(403);
    await post(url("/working-copy/submit"), team.author);
    expect((await post(url("/working-copy/approve"), team.publisher)).statusCode).toBe(403);
    expect((await post(url("/working-copy/approve"), team.author)).statusCode).toBe(403);
    await post(url("/working-copy/approve"), team.reviewer);
    expect((await post(url("/working-copy/publish"), team.author)).statusCode).toBe(403);
    expect((await post(url("/archive"), team.author)).statusCode).toBe(403);
    expect((await post(url("/working-copy/publish"))).statusCode).toBe(401);
  });

  it("refuses steps from the wrong state with a sentence naming the state", async () => {
    const url = (suffix: string) => documentUrl("Channel", "phone-helpline", suffix);
    const none = await post(url("/working-copy/submit"), team.author);
    expect(none.statusCode).toBe(404);
    await editChannel("phone-helpline", "Helpline");
    const early = await post(url("/working-copy/publish"), team.publisher);
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toEqual({
      code: "invalid-state-transition",
      message:
        "The working copy of Channel `phone-helpline` is a draft; it can be published only when it is approved",
    });
    expect((await post(url("/working-copy/approve"), team.reviewer)).json().error.message).toMatch(
      /is a draft; it can be approved only when it is in review/,
    );
    await post(url("/working-copy/submit"), team.author);
    expect((await post(url("/working-copy/submit"), team.author)).json().error.message).toMatch(
      /is in review/,
    );
  });

  it("sends a copy back to draft when the reviewer asks for changes, or when the author edits it", async () => {
    const url = (suffix: string) => documentUrl("Channel", "town-hall", suffix);
    await editChannel("town-hall", "Town hall");
    await post(url("/working-copy/submit"), team.author);
    const sentBack = await post(url("/working-copy/request-changes"), team.reviewer, {
      comment: "Say 'Town Hall'",
    });
    expect(sentBack.json()).toMatchObject({ state: "draft", comment: "Say 'Town Hall'" });
    await editChannel("town-hall", "Town Hall");
    await post(url("/working-copy/submit"), team.author);
    await post(url("/working-copy/approve"), team.reviewer);
    const edited = await editChannel("town-hall", "Town Hall of Dubová");
    expect(edited.json().workingCopy.state).toBe("draft");
    expect((await post(url("/working-copy/publish"), team.publisher)).statusCode).toBe(422);
  });

  it("archives and restores a document; an archived document cannot be edited", async () => {
    const url = (suffix: string) => documentUrl("Channel", "e-services-portal", suffix);
    originals.set("e-services-portal", await publishedContent(server, "Channel", "e-services-portal"));
    const archived = await post(url("/archive"), team.publisher);
    expect(archived.json()).toMatchObject({ id: "e-services-portal", archived: true, latestVersion: 1 });
    expect((await post(url("/archive"), team.publisher)).json().error.code).toBe("invalid-state-transition");
    const edit = await editChannel("e-services-portal", "Portal");
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.message).toMatch(/archived; restore it/);
    expect((await post(url("/restore"), team.publisher)).json()).toMatchObject({ archived: false });
    expect((await post(url("/restore"), team.publisher)).statusCode).toBe(422);
    expect((await editChannel("e-services-portal", "Portal")).statusCode).toBe(200);
  });

  it("renames the tenant when the organisation's own document is published", async () => {
    const organisation = await publishedContent(server, "Organisation", DEMO_ORG);
    organisation.spec.name.en = "Municipality of Dubová";
    const url = (suffix: string) => documentUrl("Organisation", DEMO_ORG, suffix);
    const put = {
      method: "PUT" as const,
      url: url("/working-copy"),
      cookie: team.author,
      payload: { content: organisation },
    };
    expect((await server.request(put)).statusCode).toBe(200);
    await post(url("/working-copy/submit"), team.author);
    await post(url("/working-copy/approve"), team.reviewer);
    expect((await post(url("/working-copy/publish"), team.publisher)).json()).toMatchObject({ version: 2 });
    const row = await server.db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", DEMO_ORG)
      .executeTakeFirst();
    expect(row?.name.en).toBe("Municipality of Dubová");

    // The same content again closes the working copy without a new version.
    await server.request(put);
    await post(url("/working-copy/submit"), team.author);
    await post(url("/working-copy/approve"), team.reviewer);
    expect((await post(url("/working-copy/publish"), team.publisher)).json()).toMatchObject({ version: 2 });
    const document = (await server.request({ method: "GET", url: url(""), cookie: team.author })).json();
    expect(document).toMatchObject({ latest: { version: 2 }, workingCopy: null });
  });

  it("gives another organisation's staff 404 on every step", async () => {
    const stranger = (await server.staff({ "other-town": ["admin"] })).cookie;
    const url = (suffix: string) => documentUrl("Channel", "post", suffix);
    for (const step of [
      "/working-copy/submit",
      "/working-copy/approve",
      "/working-copy/publish",
      "/archive",
      "/restore",
    ]) {
      expect((await post(url(step), stranger)).statusCode, step).toBe(404);
    }
    const requestChanges = await post(url("/working-copy/request-changes"), stranger, { comment: "no" });
    expect(requestChanges.statusCode).toBe(404);
    expect((await editChannel("post", "Post", stranger)).statusCode).toBe(404);
  });
});
