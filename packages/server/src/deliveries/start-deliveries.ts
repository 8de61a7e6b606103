import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { ReceiptFile } from "../connectors/connector.ts";
import { closeConnectors, createConnectors } from "../connectors/connectors.ts";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { claimJobRun } from "../jobs/claim-job-run.ts";
import { startPeriodicJobs } from "../jobs/periodic-jobs.ts";
import type { PlatformEvents } from "../platform-events.ts";
import type { DeliveryServices } from "./deliver-one.ts";
import type { DeliveryLinks } from "./delivery-links.ts";
import { startDeliveryWorker } from "./delivery-worker.ts";
import { logFailureDigest } from "./failure-digest.ts";

const DIGEST_EVERY_MS = 15 * 60_000;

export interface DeliveryDeps {
  db: Kysely<Database>;
  env: Env;
  links: DeliveryLinks;
  receiptFor(submissionId: string): Promise<ReceiptFile>;
  secrets(name: string): string | undefined;
  log: FastifyBaseLogger;
  onOutcome?: DeliveryServices["onOutcome"];
}

/**
 * The background side of connectors in this process: the delivery worker (unless turned off with
 * DELIVERY_WORKER=false) and the periodic failure digest in the log.
 */
export function startDeliveries(deps: DeliveryDeps): { events: PlatformEvents; stop(): Promise<void> } {
  const { db, env, log } = deps;
  const connectors = createConnectors({
    db,
    email: { smtpUrl: env.SMTP_URL, from: env.SMTP_FROM, timeoutMs: env.DELIVERY_TIMEOUT_MS },
    timeoutMs: env.DELIVERY_TIMEOUT_MS,
  });
  const services: DeliveryServices = {
    db,
    connectors,
    links: deps.links,
    receiptFor: deps.receiptFor,
    secrets: deps.secrets,
    log,
    timeoutMs: env.DELIVERY_TIMEOUT_MS,
    retry: { baseMs: env.DELIVERY_RETRY_BASE_MS, maxMs: env.DELIVERY_RETRY_MAX_MS },
    onOutcome: deps.onOutcome,
  };
  const worker = env.DELIVERY_WORKER
    ? startDeliveryWorker(services, {
        concurrency: env.DELIVERY_CONCURRENCY,
        pollMs: env.DELIVERY_POLL_MS,
        leaseMs: env.DELIVERY_LEASE_MS,
      })
    : undefined;
  const stopDigest = startPeriodicJobs(
    [
      {
        name: "delivery-failure-digest",
        everyMs: DIGEST_EVERY_MS,
        // One digest for all processes: whichever comes first in each period writes it.
        run: async () =>
          (await claimJobRun(db, "delivery-failure-digest", DIGEST_EVERY_MS - 60_000))
            ? logFailureDigest(db, log)
            : 0,
      },
    ],
    log,
  );
  return {
    events: { deliveriesDue: () => worker?.wake() },
    async stop() {
      await stopDigest();
      await worker?.stop();
      await closeConnectors(connectors);
    },
  };
}
