import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Kysely } from "kysely";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { hashPassword } from "../src/auth/passwords.ts";
import type { ApiKeyRole, StaffRole } from "../src/auth/roles.ts";
import { createDatabase, type DatabaseHandle } from "../src/db/create-database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database } from "../src/db/schema.ts";
import { readEnv } from "../src/env.ts";
import { syncDefinitions } from "../src/registry/sync-definitions.ts";

export const DEMO_DEFINITIONS = fileURLToPath(new URL("../../../service-definitions", import.meta.url));
export const DEMO_ORG = "dubova";

export interface TestServer {
  app: FastifyInstance;
  db: Kysely<Database>;
  engine: DatabaseHandle["engine"];
  /** A request through the app (no network), JSON in and out. */
  request(options: InjectOptions & { cookie?: string; apiKey?: string }): Promise<LightMyRequestResponse>;
  /** A staff member with these roles per organisation, signed in: returns the session cookie. */
  staff(memberships: Record<string, StaffRole[]>): Promise<{ cookie: string; email: string }>;
  /** A citizen signed in through the demo identity provider: returns the session cookie. */
  citizen(name?: string): Promise<string>;
  /** An API key of an organisation with these roles. */
  apiKey(organisationId: string, roles: ApiKeyRole[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * A server on its own fresh database, with the demo definitions published: the embedded PostgreSQL in
 * memory, or — when DATABASE_URL is set — a new database on that server, dropped afterwards.
 */
export async function createTestServer(
  options: {
    definitions?: string[];
    /** Settings over the test defaults (the delivery worker is off unless DELIVERY_WORKER is "true"). */
    env?: Record<string, string>;
    secrets?: Record<string, string>;
  } = {},
): Promise<TestServer> {
  const serverUrl = process.env.DATABASE_URL;
  let dropDatabase = async () => {};
  let url: string | undefined;
  if (serverUrl) {
    const name = `civitas_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  }
  const database = await createDatabase({ url, dataDir: "memory://", poolSize: 10 });
  const { db } = database;
  await migrateToLatest(db);
  const loaded = loadDefinitions(readDefinitionFiles(options.definitions ?? [DEMO_DEFINITIONS]));
  if (!loaded.ok) throw new Error("the test definitions have errors");
  await syncDefinitions(db, loaded.bundle);
  const env = readEnv({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    LOAD_DEFINITIONS: "false",
    CITIZEN_DEMO_SIGN_IN: "true",
    DELIVERY_WORKER: "false",
    DEVELOPMENT_CERTIFICATES: "true",
    ...options.env,
    ...(url ? { DATABASE_URL: url } : {}),
  });
  const secrets = options.secrets ?? {};
  const app = await buildApp({ db, env, secrets: (name) => secrets[name] });
  await app.ready();

  const request: TestServer["request"] = ({ cookie, apiKey, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: {
        ...headers,
        ...(cookie ? { cookie } : {}),
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
    });

  let staffCount = 0;
  return {
    app,
    db,
    engine: database.engine,
    request,
    async staff(memberships) {
      const email = `staff${++staffCount}-${randomBytes(3).toString("hex")}@test.example`;
      const password = "correct horse battery staple";
      const user = await db
        .insertInto("staff_users")
        .values({ email, name: `Staff ${staffCount}`, password_hash: await hashPassword(password) })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const [organisationId, roles] of Object.entries(memberships)) {
        await db
          .insertInto("organisations")
          .values({ id: organisationId, name: JSON.stringify({ en: organisationId }) })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
        await db
          .insertInto("memberships")
          .values({ user_id: user.id, organisation_id: organisationId, roles })
          .execute();
      }
      // Each from an address of its own, so a test's many staff do not meet the sign-in rate limit.
      const response = await request({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password },
        remoteAddress: `10.0.${Math.floor(staffCount / 250)}.${(staffCount % 250) + 1}`,
      });
      const setCookie = response.headers["set-cookie"];
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(";")[0];
      if (!cookie) throw new Error(`login failed: ${response.body}`);
      return { cookie, email };
    },
    async citizen(name = "Jana Nováková") {
      const response = await request({
        method: "POST",
        url: "/api/v1/citizen/demo-sign-in",
        payload: { name },
      });
      const setCookie = response.headers["set-cookie"];
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(";")[0];
      if (!cookie) throw new Error(`citizen sign-in failed: ${response.body}`);
      return cookie;
    },
    async apiKey(organisationId, roles) {
      const { createApiKey } = await import("../src/auth/api-keys.ts");
      return (await createApiKey(db, { organisationId, name: "test key", roles })).key;
    },
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}
