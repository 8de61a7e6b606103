import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { auditRoutes } from "./routes/audit-routes.ts";
import { authoringRoutes } from "./routes/authoring-routes.ts";
import { documentRoutes } from "./routes/document-routes.ts";
import { workflowRoutes } from "./routes/workflow-routes.ts";

/** REST routes of the registry domain, mounted under /api/v1. */
export const registryRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db },
) => {
  await app.register(authoringRoutes, { db });
  await app.register(documentRoutes, { db });
  await app.register(workflowRoutes, { db });
  await app.register(auditRoutes, { db });
};
