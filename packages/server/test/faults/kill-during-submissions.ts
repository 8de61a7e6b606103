import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { startReferenceBackOffice } from "@civitas/reference-back-office";
import pg from "pg";
import { startServerProcess, stopServerProcess } from "../server-process.ts";
import { FAULT_FORM, FAULT_ORG, FAULT_SECRET_NAME, writeFaultDefinitions } from "./fault-definitions.ts";

export interface KillFaultFigures {
  submissions: number;
  /** Answered 2xx before the kill. */
  acknowledgedBeforeKill: number;
  /** Sent but not answered (connection reset by the kill), then retried with the same key. */
  retriedAfterRestart: number;
  /** Retries answered 409: the server had stored them before it died, its answer was lost. */
  storedButUnanswered: number;
  /** Acknowledged submissions missing from the database after the restart: must be 0. */
  lostAcknowledged: number;
  /** Distinct submissions in the database: must equal `submissions` (retries are de-duplicated). */
  storedSubmissions: number;
  /** Deliveries the receiver accepted, and how many of them were repeats of a key it had seen. */
  webhookDeliveries: number;
  duplicateDeliveries: number;
  /** Submissions whose key the receiver never saw: must be 0. */
  undelivered: number;
  restartMs: number;
  /** From the restart until the receiver had every key. */
  drainMs: number;
}

const SECRET = "fault-run-webhook-secret-0123456789";

/**
 * The kill -9 fault run: a server process on a fresh PostgreSQL database takes `submissions`
 * concurrent anonymous submissions; partway through it is killed with SIGKILL and started again.
 * Every request without an answer is retried with its idempotency key (as a client would). Then
 * every acknowledged submission must be stored, and delivered to the webhook receiver, which
 * de-duplicates on the delivery's Idempotency-Key.
 */
export async function runKillFault(options: {
  adminUrl: string;
  submissions: number;
  concurrency: number;
  port: number;
  killAfter: number;
}): Promise<KillFaultFigures> {
  const backOffice = await startReferenceBackOffice({ filingToken: "unused", webhookSecrets: SECRET });
  const definitions = writeFaultDefinitions(backOffice.webhooks.urlOf("agenda"));
  const database = `civitas_fault_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${database}`;
  const env = {
    DATABASE_URL: url.toString(),
    DEFINITIONS_DIR: definitions,
    [FAULT_SECRET_NAME]: SECRET,
    DEMO_ADMIN_PASSWORD: "fault-run-admin-password",
    DELIVERY_LEASE_MS: "3000",
    DELIVERY_TIMEOUT_MS: "2000",
    DELIVERY_RETRY_BASE_MS: "200",
    DELIVERY_RETRY_MAX_MS: "1000",
    DELIVERY_POLL_MS: "100",
  };
  let child: ChildProcess | undefined;
  try {
    child = (await startServerProcess(env, options.port)).child;
    const endpoint = `http://127.0.0.1:${options.port}/api/v1/organisations/${FAULT_ORG}/forms/${FAULT_FORM}/submissions`;
    const keys = Array.from({ length: options.submissions }, () => randomUUID());
    const acknowledged = new Map<string, string>(); // key → submission id
    const send = async (key: string, i: number) => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key },
        body: JSON.stringify({ data: { name: `Občan ${i}`, message: `Závada č. ${i}` }, locale: "cs" }),
      });
      if (response.status !== 200 && response.status !== 201) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { id: string; resumeToken?: string };
      acknowledged.set(key, body.id);
      return body;
    };

    // Fire everything concurrently; kill the server once `killAfter` have been acknowledged.
    const unanswered: number[] = [];
    let next = 0;
    let killed = false;
    const victim = child;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < keys.length) {
          const i = next++;
          try {
            await send(keys[i] as string, i);
            if (!killed && acknowledged.size >= options.killAfter) {
              killed = true;
              victim.kill("SIGKILL");
            }
          } catch {
            unanswered.push(i);
          }
        }
      }),
    );
    const acknowledgedBeforeKill = acknowledged.size;
    await new Promise<void>((resolve) =>
      victim.exitCode !== null || victim.signalCode ? resolve() : victim.once("exit", () => resolve()),
    );

    const restarted = performance.now();
    child = (await startServerProcess(env, options.port)).child;
    const restartMs = performance.now() - restarted;
    // Retry what got no answer. A request the server committed before dying answers 409 here (an
    // anonymous retry needs the resume token its lost answer carried): it is stored all the same,
    // which the count of stored submissions shows.
    let storedButUnanswered = 0;
    for (const i of unanswered)
      await send(keys[i] as string, i).catch((error: Error) => {
        if (error.message === "HTTP 409") storedButUnanswered++;
      });

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const rows = (
      await client.query<{ id: string; idempotency_key: string }>(
        "select id, idempotency_key from submissions",
      )
    ).rows;
    const storedIds = new Set(rows.map((row) => row.id));
    const lostAcknowledged = [...acknowledged.values()].filter((id) => !storedIds.has(id)).length;

    const expectedKeys = new Set(rows.map((row) => `${row.id}:agenda`));
    const drainStarted = performance.now();
    for (let waited = 0; waited < 120_000; waited += 100) {
      const seen = new Set(backOffice.webhooks.uniqueKeys("agenda"));
      if ([...expectedKeys].every((key) => seen.has(key))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const drainMs = performance.now() - drainStarted + restartMs;
    const seen = new Set(backOffice.webhooks.uniqueKeys("agenda"));
    const webhookDeliveries = backOffice.webhooks.deliveries("agenda").length;
    await client.end();
    return {
      submissions: options.submissions,
      acknowledgedBeforeKill,
      retriedAfterRestart: unanswered.length,
      storedButUnanswered,
      lostAcknowledged,
      storedSubmissions: rows.length,
      webhookDeliveries,
      duplicateDeliveries: webhookDeliveries - seen.size,
      undelivered: [...expectedKeys].filter((key) => !seen.has(key)).length,
      restartMs,
      drainMs,
    };
  } finally {
    if (child) await stopServerProcess(child);
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    await backOffice.close();
    rmSync(definitions, { recursive: true, force: true });
  }
}
