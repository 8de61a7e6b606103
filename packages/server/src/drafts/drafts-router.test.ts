import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { ANONYMOUS_FORM, publishAnonymousForm } from "./drafts-test-support.ts";

let server: TestServer;
let citizen: string;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  await publishAnonymousForm(server.db, DEMO_ORG);
  citizen = await server.citizen("Libor Runtime");
});
afterAll(() => server.close());

const mutation = (path: string, input: unknown, cookie?: string) =>
  server.request({
    method: "POST",
    url: `/trpc/drafts.${path}`,
    headers: { "content-type": "application/json" },
    payload: typeof input === "string" ? input : JSON.stringify(input),
    ...(cookie ? { cookie } : {}),
  });

const query = (path: string, input: unknown, cookie?: string) =>
  server.request({
    method: "GET",
    url: `/trpc/drafts.${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    ...(cookie ? { cookie } : {}),
  });

describe("the drafts procedures", () => {
  it("create, get, save and list a signed-in citizen's draft, with dates as ISO strings", async () => {
    const created = await mutation(
      "create",
      { organisation: DEMO_ORG, form: "kindergarten-enrolment", data: { child: { givenName: "Ema" } } },
      citizen,
    );
    expect(created.statusCode, created.body).toBe(200);
    const draft = created.json().result.data;
    expect(draft).toMatchObject({ form: "kindergarten-enrolment", formVersion: 1, revision: 1 });
    expect(draft.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

    const saved = await mutation(
      "save",
      { id: draft.id, data: { child: { givenName: "Eva" } }, page: "p2", revision: 1 },
      citizen,
    );
    expect(saved.json().result.data).toMatchObject({ id: draft.id, revision: 2 });
    const read = await query("get", { id: draft.id }, citizen);
    expect(read.json().result.data).toMatchObject({
      data: { child: { givenName: "Eva" } },
      page: "p2",
      revision: 2,
    });

    const mine = await query("listMine", { lang: "cs" }, citizen);
    expect(mine.json().result.data).toEqual([
      expect.objectContaining({
        id: draft.id,
        formName: "Žádost o přijetí dítěte k předškolnímu vzdělávání",
      }),
    ]);
  });

  it("refuse a stale revision as CONFLICT carrying the revision-conflict code and the current revision", async () => {
    const { id } = (
      await mutation("create", { organisation: DEMO_ORG, form: "dog-registration" }, citizen)
    ).json().result.data;
    await mutation("save", { id, data: { a: 1 }, revision: 1 }, citizen);
    const stale = await mutation("save", { id, data: { a: 2 }, revision: 1 }, citizen);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.data).toMatchObject({
      code: "CONFLICT",
      appCode: "revision-conflict",
      details: { currentRevision: 2 },
    });
    expect((await query("get", { id }, citizen)).json().result.data.data).toEqual({ a: 1 });
  });

  it("serve an anonymous draft to the holder of its resume token and to nobody else", async () => {
    const refused = await mutation("create", { organisation: DEMO_ORG, form: "dog-registration" });
    expect(refused.json().error.data).toMatchObject({ code: "UNAUTHORIZED", appCode: "unauthenticated" });

    const created = (await mutation("create", { organisation: DEMO_ORG, form: ANONYMOUS_FORM })).json().result
      .data;
    expect(created.resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { id, resumeToken } = created;
    const saved = await mutation("save", { id, resumeToken, data: { message: "ahoj" }, revision: 1 });
    expect(saved.json().result.data.revision).toBe(2);
    expect((await query("get", { id, resumeToken })).json().result.data.data).toEqual({ message: "ahoj" });

    const wrongToken = await query("get", {
      id,
      resumeToken: `${resumeToken.slice(0, -2)}${resumeToken.endsWith("AA") ? "BB" : "AA"}`,
    });
    expect(wrongToken.json().error.data).toMatchObject({ code: "NOT_FOUND", appCode: "not-found" });
    expect((await query("get", { id }, citizen)).json().error.data.appCode).toBe("not-found");
    expect((await mutation("delete", { id }, citizen)).json().error.data.appCode).toBe("not-found");
    expect((await mutation("delete", { id, resumeToken })).json().result.data).toEqual({ deleted: true });
    expect((await query("get", { id, resumeToken })).json().error.data.appCode).toBe("not-found");
  });

  it("tell an expired draft apart as gone", async () => {
    const { id } = (
      await mutation("create", { organisation: DEMO_ORG, form: "dog-registration" }, citizen)
    ).json().result.data;
    await server.db
      .updateTable("drafts")
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where("id", "=", id)
      .execute();
    expect((await query("get", { id }, citizen)).json().error.data.appCode).toBe("gone");
  });

  it("refuse hostile and oversized data", async () => {
    const { id } = (
      await mutation("create", { organisation: DEMO_ORG, form: "dog-registration" }, citizen)
    ).json().result.data;
    const proto = await mutation(
      "save",
      `{"id":"${id}","revision":1,"data":{"__proto__":{"polluted":true}}}`,
      citizen,
    );
    expect(proto.statusCode).toBe(400);
    const big = await mutation("save", { id, revision: 1, data: { note: "x".repeat(600 * 1024) } }, citizen);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.data.appCode).toBe("payload-too-large");
    expect((await query("get", { id }, citizen)).json().result.data.revision).toBe(1);
  });
});
