import type { Kysely } from "kysely";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { Database } from "../db/schema.ts";

/**
 * Delivery metrics for alerting: attempts by connector and outcome, their duration, and — read from
 * the database when scraped, so every process reports the same — deliveries waiting and dead.
 */
export function installDeliveryMetrics(registry: Registry, db: Kysely<Database>) {
  const attempts = new Counter({
    name: "civitas_delivery_attempts_total",
    help: "Delivery attempts made by this process, by connector and outcome (delivered, failed, dead)",
    labelNames: ["connector", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "civitas_delivery_attempt_duration_seconds",
    help: "How long delivery attempts took, by connector",
    labelNames: ["connector"],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: "civitas_deliveries",
    help: "Deliveries not yet delivered, by state (pending, dead) and connector",
    labelNames: ["state", "connector"],
    registers: [registry],
    async collect() {
      const rows = await db
        .selectFrom("outbox")
        .select(["state", "connector", (eb) => eb.fn.countAll<number>().as("count")])
        .where("state", "in", ["pending", "dead"])
        .groupBy(["state", "connector"])
        .execute();
      this.reset();
      for (const row of rows) this.set({ state: row.state, connector: row.connector }, Number(row.count));
    },
  });
  return (connector: string, outcome: string, durationMs: number) => {
    attempts.inc({ connector, outcome });
    duration.observe({ connector }, durationMs / 1000);
  };
}
