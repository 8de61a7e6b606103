import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";

/** REST routes of the drafts domain, mounted under /api/v1. */
export const draftsRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  _app,
  _deps,
) => {};
