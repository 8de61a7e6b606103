import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { citizenRoutes } from "../../citizens/citizen-routes.ts";
import type { Database } from "../../db/schema.ts";
import { draftsRoutes } from "../../drafts/drafts-routes.ts";
import type { Env } from "../../env.ts";
import { registryRoutes } from "../../registry/registry-routes.ts";
import { submissionsRoutes } from "../../submissions/submissions-routes.ts";
import { authRoutes } from "./auth-routes.ts";

/** The versioned REST API for integrators, under /api/v1: each domain registers its routes here. */
export const apiV1Routes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db, env },
) => {
  const deps = { db, env }; // not the plugin options themselves: they carry the prefix
  await app.register(authRoutes, deps);
  await app.register(citizenRoutes, deps);
  await app.register(registryRoutes, deps);
  await app.register(draftsRoutes, deps);
  await app.register(submissionsRoutes, deps);
};
