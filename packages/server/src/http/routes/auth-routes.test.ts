import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe("staff sign-in", () => {
  it("opens a session with an http-only cookie and tells who is signed in", async () => {
    const { cookie, email } = await server.staff({ [DEMO_ORG]: ["author"] });
    const me = await server.request({ method: "GET", url: "/api/v1/auth/me", cookie });
    expect(me.json()).toEqual({
      type: "staff",
      email,
      name: expect.any(String),
      organisations: { [DEMO_ORG]: ["author"] },
    });
  });

  it("refuses a wrong password with the same words as an unknown e-mail", async () => {
    const { email } = await server.staff({ [DEMO_ORG]: ["author"] });
    const wrong = await server.request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: "not it" },
    });
    const unknown = await server.request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@test.example", password: "not it" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("ends the session on sign-out", async () => {
    const { cookie } = await server.staff({ [DEMO_ORG]: ["author"] });
    await server.request({ method: "POST", url: "/api/v1/auth/logout", cookie });
    const me = await server.request({ method: "GET", url: "/api/v1/auth/me", cookie });
    expect(me.json()).toMatchObject({ type: "anonymous" });
  });
});

describe("API keys", () => {
  it("are shown once, stored hashed, listed without the secret, and stop working when revoked", async () => {
    const { cookie } = await server.staff({ [DEMO_ORG]: ["admin"] });
    const created = await server.request({
      method: "POST",
      url: `/api/v1/organisations/${DEMO_ORG}/api-keys`,
      cookie,
      payload: { name: "agenda system", roles: ["back-office"] },
    });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = created.json();
    expect(key).toMatch(/^civ_/);
    const stored = await server.db
      .selectFrom("api_keys")
      .select("key_hash")
      .where("id", "=", apiKey.id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);

    const list = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${DEMO_ORG}/api-keys`,
      cookie,
    });
    expect(list.body).not.toContain(key.slice(10));
    expect(list.json().apiKeys).toMatchObject([
      { name: "agenda system", roles: ["back-office"], revokedAt: null },
    ]);

    const asKey = await server.request({ method: "GET", url: "/api/v1/auth/me", apiKey: key });
    expect(asKey.json()).toEqual({ type: "api-key", organisations: { [DEMO_ORG]: ["back-office"] } });

    await server.request({
      method: "DELETE",
      url: `/api/v1/organisations/${DEMO_ORG}/api-keys/${apiKey.id}`,
      cookie,
    });
    const revoked = await server.request({ method: "GET", url: "/api/v1/auth/me", apiKey: key });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe("unauthenticated");
  });

  it("cannot be managed by an author, nor seen by another organisation's admin", async () => {
    const author = await server.staff({ [DEMO_ORG]: ["author"] });
    const stranger = await server.staff({ "other-town": ["admin"] });
    const url = `/api/v1/organisations/${DEMO_ORG}/api-keys`;
    expect((await server.request({ method: "GET", url, cookie: author.cookie })).statusCode).toBe(403);
    expect((await server.request({ method: "GET", url, cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await server.request({ method: "GET", url })).statusCode).toBe(401);
  });
});
