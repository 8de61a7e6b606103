import fastifyRateLimit from "@fastify/rate-limit";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance } from "fastify";
import type { AppServices } from "../app.ts";
import { type AppRouter, appRouter } from "./app-router.ts";

/**
 * Serves the tRPC API at /trpc, with the request's actor in the context. Its own scope limits the
 * request rate per address (and so the guessing of resume tokens passed as input).
 */
export async function installTrpc(app: FastifyInstance, { db, env, events }: AppServices): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyRateLimit, { global: true, max: 600, timeWindow: "1 minute" });
    await scope.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        createContext: ({ req }) => ({ db, env, events, actor: req.actor }),
      } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
    });
  });
}
