import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import { bundleFiles } from "./bundle-files.ts";

/**
 * The browser bundles under /assets: the citizen pages' script and styles and the embed script that
 * portals include (cross-origin, so served with CORS).
 */
export const runtimeAssetsRoutes: FastifyPluginAsyncZod<{ dist: string }> = async (app, { dist }) => {
  const files = bundleFiles(dist);
  app.get(
    "/assets/:file",
    { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (request, reply) => {
      const { file: name } = request.params;
      const file = await files.find(name);
      if (!file) {
        const built = await files.find("citizen.js");
        throw new AppError(
          "not-found",
          `No asset ${name}${built ? "" : " (are the bundles built? pnpm --filter @civitas/runtime build)"}`,
        );
      }
      reply.header("access-control-allow-origin", "*").header("cross-origin-resource-policy", "cross-origin");
      return files.send(request, reply, name, file);
    },
  );
};
