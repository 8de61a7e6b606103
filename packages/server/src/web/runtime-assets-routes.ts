import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};
const FILE = /^[a-z0-9][a-z0-9_.-]{0,80}\.(js|css|map)$/;

/**
 * The browser bundles under /assets: the citizen pages' script and styles and the embed script that
 * portals include (cross-origin, so served with CORS). Files are read once and revalidated by ETag.
 */
export const runtimeAssetsRoutes: FastifyPluginAsyncZod<{ dist: string }> = async (app, { dist }) => {
  const cache = new Map<string, { body: Buffer; etag: string }>();
  const load = async (name: string) => {
    const known = cache.get(name);
    if (known) return known;
    const body = await readFile(join(dist, name)).catch(() => undefined);
    if (!body) return undefined;
    const file = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
    cache.set(name, file);
    return file;
  };

  app.get(
    "/assets/:file",
    { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (request, reply) => {
      const { file: name } = request.params;
      const file = FILE.test(name) ? await load(name) : undefined;
      if (!file)
        throw new AppError(
          "not-found",
          `No asset ${name}${cache.size === 0 ? " (are the bundles built? pnpm --filter @civitas/runtime build)" : ""}`,
        );
      reply
        .header("content-type", TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream")
        .header("cache-control", "public, max-age=300, must-revalidate")
        .header("etag", file.etag)
        .header("access-control-allow-origin", "*")
        .header("cross-origin-resource-policy", "cross-origin")
        .header("x-content-type-options", "nosniff");
      if (request.headers["if-none-match"] === file.etag) return reply.status(304).send();
      return reply.send(file.body);
    },
  );
};
