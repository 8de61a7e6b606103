import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dogData } from "../src/submissions/test-kit.ts";
import { startServerProcess, stopServerProcess } from "./server-process.ts";

/**
 * Two server processes on one PostgreSQL database behave as one service: whatever one process
 * starts, the other continues. The embedded database serves a single process, so this runs only
 * against a PostgreSQL server (DATABASE_URL), as in CI.
 */
const serverUrl = process.env.DATABASE_URL;
const database = `civitas_multi_${randomBytes(4).toString("hex")}`;
const ports = [3900 + Math.floor(Math.random() * 40), 3950 + Math.floor(Math.random() * 40)] as const;
const children: ChildProcess[] = [];
const base = (i: 0 | 1) => `http://127.0.0.1:${ports[i]}/api/v1`;

async function call(
  i: 0 | 1,
  method: string,
  path: string,
  init: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${base(i)}${path}`, {
    method,
    headers: {
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    cookie: response.headers.get("set-cookie")?.split(";")[0] ?? "",
  };
}

describe.skipIf(!serverUrl)("several server processes on one PostgreSQL", () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${database}`;
    const env = {
      DATABASE_URL: url.toString(),
      CITIZEN_DEMO_SIGN_IN: "true",
      DEMO_ADMIN_PASSWORD: "multi-process-admin-password",
    };
    // Both start at once: migrations and the definitions sync must not trip over each other.
    const started = await Promise.all(ports.map((port) => startServerProcess(env, port)));
    children.push(...started.map((s) => s.child));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(children.map(stopServerProcess));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it("shares sessions, drafts and case numbers between the processes", async () => {
    const staff = await call(0, "POST", "/auth/login", {
      body: { email: "admin@dubova.example", password: "multi-process-admin-password" },
    });
    expect(staff.status).toBe(200);
    expect((await call(1, "GET", "/auth/me", { cookie: staff.cookie })).body).toMatchObject({
      type: "staff",
    });

    const citizen = (await call(1, "POST", "/citizen/demo-sign-in", { body: { name: "Jana" } })).cookie;
    const draft = await call(0, "POST", "/organisations/dubova/forms/dog-registration/drafts", {
      cookie: citizen,
      body: { data: {} },
    });
    expect(draft.status).toBe(201);
    const saved = await call(1, "PUT", `/drafts/${draft.body.id}`, {
      cookie: citizen,
      body: { data: { note: "from B" }, revision: draft.body.revision },
    });
    expect(saved.status).toBe(200);
    const stale = await call(0, "PUT", `/drafts/${draft.body.id}`, {
      cookie: citizen,
      body: { data: { note: "stale A" }, revision: draft.body.revision },
    });
    expect(stale.status).toBe(409);
    expect((await call(0, "GET", `/drafts/${draft.body.id}`, { cookie: citizen })).body.data).toEqual({
      note: "from B",
    });

    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call((i % 2) as 0 | 1, "POST", "/organisations/dubova/forms/dog-registration/submissions", {
          cookie: citizen,
          headers: { "idempotency-key": `multi-${i}-${database}` },
          body: { data: dogData(), locale: "cs" },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(new Set(results.map((r) => r.body.caseNumber)).size).toBe(40);

    const retry = await call(1, "POST", "/organisations/dubova/forms/dog-registration/submissions", {
      cookie: citizen,
      headers: { "idempotency-key": `multi-0-${database}` },
      body: { data: dogData(), locale: "cs" },
    });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(results[0]?.body.id);
  }, 120_000);
});
