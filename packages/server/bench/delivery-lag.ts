/**
 * Delivery lag: submissions sent at a steady 200/s (open loop) to a server process on PostgreSQL,
 * each delivered by the outbox worker to a signed webhook; the lag is from the submission's commit
 * (its `submittedAt`) to the receiver accepting it. The same run measures the webhook receiver's
 * own round trip from this process (the floor any delivery pays).
 *
 *   pnpm --filter @civitas/server bench:delivery    (DATABASE_URL, or PostgreSQL on 127.0.0.1:5432)
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { startReferenceBackOffice } from "@civitas/reference-back-office";
import pg from "pg";
import { Pool } from "undici";
import { signWebhook } from "../src/connectors/webhook/webhook-signature.ts";
import {
  FAULT_FORM,
  FAULT_ORG,
  FAULT_SECRET_NAME,
  writeFaultDefinitions,
} from "../test/faults/fault-definitions.ts";
import { percentile, startServerProcess, stopServerProcess } from "./bench-support.ts";

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** The first seconds warm the server up (compiled code, validators, pools); reported apart. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const PORT = 3400 + Math.floor(Math.random() * 500);
const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECRET = "delivery-bench-secret-0123456789";

const backOffice = await startReferenceBackOffice({ filingToken: "unused", webhookSecrets: SECRET });
const definitions = writeFaultDefinitions(backOffice.webhooks.urlOf("agenda"));
const database = `civitas_lag_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`drop database if exists ${database} with (force)`);
await admin.query(`create database ${database}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${database}`;
const { child } = await startServerProcess(
  {
    DATABASE_URL: url.toString(),
    DEFINITIONS_DIR: definitions,
    [FAULT_SECRET_NAME]: SECRET,
    DEMO_ADMIN_PASSWORD: "delivery-bench-admin-password",
  },
  PORT,
);

try {
  // The floor: one signed webhook POST from this process to the receiver, sequentially.
  const direct: number[] = [];
  for (let i = 0; i < 300; i++) {
    const body = JSON.stringify({ event: "bench", i });
    const started = performance.now();
    await fetch(backOffice.webhooks.urlOf("baseline"), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": randomUUID(),
        "civitas-signature": signWebhook(SECRET, body),
      },
      body,
    });
    direct.push(performance.now() - started);
  }
  direct.sort((a, b) => a - b);

  const pool = new Pool(`http://127.0.0.1:${PORT}`, { connections: 64 });
  const path = `/api/v1/organisations/${FAULT_ORG}/forms/${FAULT_FORM}/submissions`;
  const total = RATE * (WARMUP_SECONDS + SECONDS);
  const responses: Promise<number>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    responses.push(
      pool
        .request({
          method: "POST",
          path,
          headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
          body: JSON.stringify({ data: { name: `Občan ${i}`, message: `Závada č. ${i}` }, locale: "cs" }),
        })
        .then(async (response) => {
          await response.body.text();
          return response.statusCode;
        }),
    );
  }
  const statuses = await Promise.all(responses);
  const sendSeconds = (performance.now() - started) / 1000;
  const accepted = statuses.filter((status) => status === 201).length;
  for (
    let waited = 0;
    waited < 60_000 && backOffice.webhooks.uniqueKeys("agenda").length < accepted;
    waited += 50
  )
    await new Promise((resolve) => setTimeout(resolve, 50));
  await pool.close();

  const sentFrom = performance.timeOrigin + started;
  const measured: number[] = [];
  const warmup: number[] = [];
  for (const delivery of backOffice.webhooks.deliveries("agenda")) {
    if (delivery.duplicate) continue;
    const submittedAt = new Date(
      (delivery.body as { submission: { submittedAt: string } }).submission.submittedAt,
    );
    const lag = delivery.receivedAt.getTime() - submittedAt.getTime();
    (submittedAt.getTime() - sentFrom < WARMUP_SECONDS * 1000 ? warmup : measured).push(lag);
  }
  const lags = measured.sort((a, b) => a - b);
  warmup.sort((a, b) => a - b);

  console.log(
    `Delivery lag at ${RATE} submissions/s for ${SECONDS} s after ${WARMUP_SECONDS} s of warm-up (PostgreSQL server, one server process, 2 cores)`,
  );
  console.log(
    `  submissions sent ${total} in ${sendSeconds.toFixed(1)} s, accepted ${accepted}, delivered ${lags.length + warmup.length}`,
  );
  console.log(
    `  commit → webhook received   p50 ${percentile(lags, 50).toFixed(1)} ms   p99 ${percentile(lags, 99).toFixed(1)} ms   max ${(lags.at(-1) ?? Number.NaN).toFixed(1)} ms`,
  );
  console.log(
    `  during warm-up (first ${WARMUP_SECONDS} s)   p50 ${percentile(warmup, 50).toFixed(1)} ms   p99 ${percentile(warmup, 99).toFixed(1)} ms`,
  );
  console.log(
    `  baseline: one signed POST to the receiver, sequential   p50 ${percentile(direct, 50).toFixed(1)} ms   p99 ${percentile(direct, 99).toFixed(1)} ms`,
  );
} finally {
  await stopServerProcess(child);
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
  await backOffice.close();
  rmSync(definitions, { recursive: true, force: true });
}
