import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../app.ts";
import { type AppRouter, appRouter } from "./app-router.ts";

/** Serves the tRPC API at /trpc, with the request's actor in the context. */
export async function installTrpc(app: FastifyInstance, { db, env }: AppDeps): Promise<void> {
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) => ({ db, env, actor: req.actor }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
}
