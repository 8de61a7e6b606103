/**
 * Autosave and submission throughput over HTTP with 50 concurrent clients, against the PostgreSQL
 * server, compared in the same run with the raw rate of single-row jsonb UPDATEs and INSERTs through
 * `pg`; then the server's start time and memory on the embedded database.
 *
 *   pnpm --filter @civitas/server bench        (DATABASE_URL, or PostgreSQL on 127.0.0.1:5432)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { Pool } from "undici";
import { CITIZEN_COOKIE, createCitizenSession } from "../src/citizens/citizen-sessions.ts";
import { createDatabase } from "../src/db/create-database.ts";
import {
  formatPhase,
  runPhase,
  SERVER_DIR,
  serverMemoryMb,
  startServerProcess,
  stopServerProcess,
} from "./bench-support.ts";

const CLIENTS = 50;
const AUTOSAVES = Number(process.env.BENCH_AUTOSAVES ?? 5000);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
// Each run has its own port and database, so runs never disturb one another.
const PORT = 3400 + Math.floor(Math.random() * 500);
const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const BENCH_DB = `civitas_bench_${process.pid}`;

/** 5 KB of answers for the bench form. */
const answers = (i: number) => ({
  name: `Občan ${i}`,
  email: `obcan${i}@bench.example`,
  topic: "roads",
  message: `Výmol na ulici Lipová ${i}. `.repeat(160).slice(0, 4900),
  reply: i % 2 === 0,
});

async function recreateDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
  await admin.query(`create database ${BENCH_DB}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

async function rawBaseline(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  await pool.query("create table bench_raw (id serial primary key, data jsonb not null)");
  const payload = JSON.stringify({ answers: answers(0), page: "p1" });
  const ids = (
    await pool.query(
      `insert into bench_raw (data) select $1::jsonb from generate_series(1, ${CLIENTS}) returning id`,
      [payload],
    )
  ).rows.map((r) => r.id as number);
  const update = await runPhase("raw pg: single-row jsonb UPDATE", AUTOSAVES, CLIENTS, async (worker) => {
    await pool.query("update bench_raw set data = $1 where id = $2", [payload, ids[worker]]);
  });
  const insert = await runPhase("raw pg: single-row jsonb INSERT", SUBMISSIONS, CLIENTS, async () => {
    await pool.query("insert into bench_raw (data) values ($1)", [payload]);
  });
  await pool.end();
  return { update, insert };
}

async function json(
  response: { statusCode: number; body: { json(): Promise<unknown>; text(): Promise<string> } },
  expected: number[],
) {
  if (!expected.includes(response.statusCode))
    throw new Error(`HTTP ${response.statusCode}: ${await response.body.text()}`);
  return (await response.body.json()) as Record<string, unknown>;
}

async function serverPhases(url: string) {
  const { child, startMs } = await startServerProcess(
    {
      DATABASE_URL: url,
      DEFINITIONS_DIR: join(SERVER_DIR, "bench/definitions"),
      // Accepting submissions alone: their delivery is measured by bench:delivery.
      DELIVERY_WORKER: "false",
    },
    PORT,
  );
  const http = new Pool(`http://127.0.0.1:${PORT}`, { connections: CLIENTS, pipelining: 1 });
  try {
    // Fifty citizens, each autosaving their own draft (rate limits are per citizen). Their sessions
    // are opened as an identity provider would, not through the rate-limited demo sign-in.
    const database = await createDatabase({ url, poolSize: 2 });
    const clients: Array<{ headers: Record<string, string>; draft: { id: string; revision: number } }> = [];
    for (let i = 0; i < CLIENTS; i++) {
      const session = await createCitizenSession(
        database.db,
        { subject: `bench:${i}`, name: `Bench ${i}`, provider: "bench" },
        1,
      );
      const headers = { "content-type": "application/json", cookie: `${CITIZEN_COOKIE}=${session.token}` };
      const path = "/api/v1/organisations/bench-town/forms/feedback/drafts";
      const created = await json(await http.request({ method: "POST", path, headers, body: "{}" }), [201]);
      clients.push({ headers, draft: { id: String(created.id), revision: Number(created.revision) } });
    }
    await database.close();
    const autosave = await runPhase(
      "server: autosave a 5 KB draft (PUT)",
      AUTOSAVES,
      CLIENTS,
      async (worker, i) => {
        const { draft, headers } = clients[worker] as (typeof clients)[number];
        const body = JSON.stringify({ data: answers(i), page: "message", revision: draft.revision });
        const saved = await json(
          await http.request({ method: "PUT", path: `/api/v1/drafts/${draft.id}`, headers, body }),
          [200],
        );
        draft.revision = Number(saved.revision);
      },
    );
    const submit = await runPhase(
      "server: submit a 5 KB form (POST)",
      SUBMISSIONS,
      CLIENTS,
      async (worker, i) => {
        const { headers } = clients[worker] as (typeof clients)[number];
        const body = JSON.stringify({ data: answers(i), locale: "cs" });
        await json(
          await http.request({
            method: "POST",
            path: "/api/v1/organisations/bench-town/forms/feedback/submissions",
            headers: { ...headers, "idempotency-key": `bench-${i}-${Date.now()}` },
            body,
          }),
          [201],
        );
      },
    );
    return { autosave, submit, startMs, memoryMb: await serverMemoryMb(PORT) };
  } finally {
    await http.close();
    await stopServerProcess(child);
  }
}

async function embeddedStart() {
  const dataDir = mkdtempSync(join(tmpdir(), "civitas-bench-"));
  try {
    const first = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "" }, PORT);
    const firstMemory = await serverMemoryMb(PORT);
    await stopServerProcess(first.child);
    const again = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "" }, PORT);
    const againMemory = await serverMemoryMb(PORT);
    await stopServerProcess(again.child);
    return { firstMs: first.startMs, firstMemory, againMs: again.startMs, againMemory };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const url = await recreateDatabase();
console.log(
  `${CLIENTS} concurrent clients; ${AUTOSAVES} autosaves, ${SUBMISSIONS} submissions; PostgreSQL ${url.replace(/\/\/[^@]*@/, "//")}\n`,
);
const server = await serverPhases(url);
const raw = await rawBaseline(url);
for (const phase of [server.autosave, raw.update, server.submit, raw.insert]) console.log(formatPhase(phase));
console.log(
  `\nautosave / raw UPDATE rate:  ${(server.autosave.perSecond / raw.update.perSecond).toFixed(2)}   (goal ≥ 0.50, p99 < 50 ms)`,
);
console.log(
  `submit / raw INSERT rate:    ${(server.submit.perSecond / raw.insert.perSecond).toFixed(2)}   (goal ≥ 0.33)`,
);
console.log(
  `server on PostgreSQL: ready in ${Math.round(server.startMs)} ms, ${server.memoryMb.toFixed(0)} MB resident after the load`,
);
const embedded = await embeddedStart();
console.log(
  `server on the embedded database (demo municipality): first start ${Math.round(embedded.firstMs)} ms, ${embedded.firstMemory.toFixed(0)} MB; ` +
    `restart ${Math.round(embedded.againMs)} ms, ${embedded.againMemory.toFixed(0)} MB`,
);

const cleanup = new pg.Client({ connectionString: ADMIN_URL });
await cleanup.connect();
await cleanup.query(`drop database if exists ${BENCH_DB} with (force)`);
await cleanup.end();
