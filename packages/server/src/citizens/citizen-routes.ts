import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { demoSignInEnabled, type Env } from "../env.ts";
import { AppError } from "../errors/app-error.ts";
import { errors } from "../http/schemas.ts";
import {
  CITIZEN_COOKIE,
  createCitizenSession,
  deleteCitizenSession,
  demoSubject,
} from "./citizen-sessions.ts";

const Citizen = z.object({ signedIn: z.boolean(), name: z.string().nullable() });

/** The citizen's session: who is signed in, sign-out, and the demo identity provider where enabled. */
export const citizenRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db, env },
) => {
  app.get(
    "/citizen/me",
    { schema: { tags: ["citizen"], summary: "The signed-in citizen, if any", response: { 200: Citizen } } },
    async (request) =>
      request.actor.type === "citizen"
        ? { signedIn: true, name: request.actor.name }
        : { signedIn: false, name: null },
  );

  app.post(
    "/citizen/demo-sign-in",
    {
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
      schema: {
        tags: ["citizen"],
        summary: "Sign in with the demo identity provider (demos and tests only)",
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 200: Citizen, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      if (!demoSignInEnabled(env))
        throw new AppError("not-found", "The demo identity provider is switched off on this server");
      const { token, expiresAt } = await createCitizenSession(
        db,
        { subject: demoSubject(), name: request.body.name, provider: "demo" },
        env.SESSION_TTL_HOURS,
      );
      const secure = env.COOKIE_SECURE ?? env.PUBLIC_URL?.startsWith("https://") ?? false;
      reply.setCookie(CITIZEN_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure,
        expires: expiresAt,
      });
      return { signedIn: true, name: request.body.name };
    },
  );

  app.post(
    "/citizen/sign-out",
    { schema: { tags: ["citizen"], summary: "Sign the citizen out", response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[CITIZEN_COOKIE];
      if (token) await deleteCitizenSession(db, token);
      reply.clearCookie(CITIZEN_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
};
