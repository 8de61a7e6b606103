import { initTRPC, TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.ts";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { AppError } from "../errors/app-error.ts";
import type { PlatformEvents } from "../platform-events.ts";

export interface TrpcContext {
  db: Kysely<Database>;
  env: Env;
  events: PlatformEvents;
  actor: Actor;
}

const TRPC_CODES = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  410: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  503: "SERVICE_UNAVAILABLE",
} as const;

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : undefined;
    return {
      ...shape,
      data: { ...shape.data, appCode: appError?.code ?? null, details: appError?.details ?? null },
    };
  },
});

/** Turns the services' AppError into the matching tRPC error, keeping its code for the client. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({
      code: TRPC_CODES[cause.status as keyof typeof TRPC_CODES] ?? "INTERNAL_SERVER_ERROR",
      message: cause.message,
      cause,
    });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapErrors);
