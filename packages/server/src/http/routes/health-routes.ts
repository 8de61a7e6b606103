import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type Kysely, sql } from "kysely";
import type { Registry } from "prom-client";
import type { Database } from "../../db/schema.ts";

/** Liveness, readiness (the database answers) and Prometheus metrics; left out of the API document. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; metrics: Registry }> = async (
  app,
  { db, metrics },
) => {
  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: "ready" };
    } catch {
      return reply.status(503).send({ status: "database unavailable" });
    }
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.metrics()),
  );
};
