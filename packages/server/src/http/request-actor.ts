import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.ts";
import { findApiKeyActor } from "../auth/api-keys.ts";
import { findStaffActor, SESSION_COOKIE } from "../auth/staff-sessions.ts";
import { CITIZEN_COOKIE, findCitizenActor } from "../citizens/citizen-sessions.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Resolves who makes each request: an API key (Authorization: Bearer), a staff or citizen session cookie, or nobody. */
export function installRequestActor(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest("actor", null as never); // set per request in the hook below
  app.addHook("onRequest", async (request: FastifyRequest) => {
    request.actor = { type: "anonymous" };
    const authorization = request.headers.authorization;
    if (authorization) {
      const key = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
      const actor = key ? await findApiKeyActor(db, key) : undefined;
      if (!actor) throw new AppError("unauthenticated", "The API key is not valid or has been revoked");
      request.actor = actor;
      return;
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session) request.actor = (await findStaffActor(db, session)) ?? { type: "anonymous" };
    const citizen = request.cookies[CITIZEN_COOKIE];
    if (citizen && request.actor.type === "anonymous")
      request.actor = (await findCitizenActor(db, citizen)) ?? { type: "anonymous" };
  });
}
