import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { requireRole } from "../../auth/actor.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../../auth/api-keys.ts";
import { API_KEY_ROLES } from "../../auth/roles.ts";
import {
  createStaffSession,
  deleteStaffSession,
  findStaffActor,
  SESSION_COOKIE,
} from "../../auth/staff-sessions.ts";
import type { Database } from "../../db/schema.ts";
import type { Env } from "../../env.ts";
import { AppError } from "../../errors/app-error.ts";
import { errors, OrganisationParam } from "../schemas.ts";

const Me = z.object({
  type: z.enum(["staff", "api-key", "anonymous"]),
  email: z.string().optional(),
  name: z.string().optional(),
  organisations: z.record(z.string(), z.array(z.string())),
});

const ApiKeySummary = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  roles: z.array(z.enum(API_KEY_ROLES)),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** Staff sign-in with a session cookie, and organisation-scoped API keys for integrators. */
export const authRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db, env },
) => {
  app.post(
    "/auth/login",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign in as staff; sets the session cookie",
        body: z.object({ email: z.string().email().max(200), password: z.string().min(1).max(200) }),
        response: { 200: Me, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await createStaffSession(db, request.body, env.SESSION_TTL_HOURS);
      const secure = env.COOKIE_SECURE ?? env.PUBLIC_URL?.startsWith("https://") ?? false;
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure,
        expires: expiresAt,
      });
      const actor = await findStaffActor(db, token);
      if (actor?.type !== "staff") throw new AppError("internal", "The new session could not be read back");
      return {
        type: "staff" as const,
        email: actor.email,
        name: actor.name,
        organisations: actor.memberships,
      };
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out", response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteStaffSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/me",
    { schema: { tags: ["auth"], summary: "Who am I", response: { 200: Me } } },
    async (request) => {
      const actor = request.actor;
      if (actor.type === "staff")
        return {
          type: "staff" as const,
          email: actor.email,
          name: actor.name,
          organisations: actor.memberships,
        };
      if (actor.type === "api-key")
        return { type: "api-key" as const, organisations: { [actor.organisationId]: actor.roles } };
      return { type: "anonymous" as const, organisations: {} };
    },
  );

  app.get(
    "/organisations/:organisation/api-keys",
    {
      schema: {
        tags: ["auth"],
        summary: "List the organisation's API keys (never the keys themselves)",
        params: OrganisationParam,
        response: { 200: z.object({ apiKeys: z.array(ApiKeySummary) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      requireRole(request.actor, request.params.organisation, ["admin"]);
      return { apiKeys: await listApiKeys(db, request.params.organisation) };
    },
  );

  app.post(
    "/organisations/:organisation/api-keys",
    {
      schema: {
        tags: ["auth"],
        summary: "Create an API key; the key is shown in this response only",
        params: OrganisationParam,
        body: z.object({ name: z.string().min(1).max(100), roles: z.array(z.enum(API_KEY_ROLES)).min(1) }),
        response: {
          201: z.object({ key: z.string(), apiKey: ApiKeySummary }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      if (request.actor.type !== "staff")
        throw new AppError("forbidden", "API keys are created by staff, not by other keys");
      requireRole(request.actor, request.params.organisation, ["admin"]);
      const { key, summary } = await createApiKey(db, {
        organisationId: request.params.organisation,
        ...request.body,
      });
      return reply.status(201).send({ key, apiKey: summary });
    },
  );

  app.delete(
    "/organisations/:organisation/api-keys/:id",
    {
      schema: {
        tags: ["auth"],
        summary: "Revoke an API key",
        params: OrganisationParam.extend({ id: z.uuid() }),
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      requireRole(request.actor, request.params.organisation, ["admin"]);
      await revokeApiKey(db, request.params.organisation, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
