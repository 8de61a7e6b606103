import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { buildApp } from "../app.ts";
import { createApiKey } from "../auth/api-keys.ts";
import { hashPassword } from "../auth/passwords.ts";
import { readEnv } from "../env.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe("secrets", () => {
  it("never reach the logs: passwords, session cookies and API keys", async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk) => lines.push(String(chunk)));
    const app = await buildApp({ db: server.db, env: readEnv({ LOG_LEVEL: "trace" }), logStream: stream });
    const password = "a very secret password 42";
    const user = await server.db
      .insertInto("staff_users")
      .values({ email: "logger@test.example", name: "Logger", password_hash: await hashPassword(password) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto("memberships")
      .values({ user_id: user.id, organisation_id: DEMO_ORG, roles: ["admin"] })
      .execute();
    const { key } = await createApiKey(server.db, {
      organisationId: DEMO_ORG,
      name: "logged",
      roles: ["back-office"],
    });

    const login = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "logger@test.example", password },
    });
    const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
    await app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    await app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${key}` } });
    await app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { authorization: "Bearer civ_wrong" },
    });
    const created = await app.inject({
      method: "POST",
      url: `/api/v1/organisations/${DEMO_ORG}/api-keys`,
      headers: { cookie },
      payload: { name: "new", roles: ["author"] },
    });
    await app.close();

    const log = lines.join("");
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [password, cookie.split("=")[1] ?? "", key, created.json().key]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(log).not.toContain(secret);
    }
  });
});
