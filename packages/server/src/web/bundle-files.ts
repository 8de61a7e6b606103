import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};
/** Bundle file names only: no folders, no dot files, nothing but scripts, styles and their maps. */
const FILE = /^[a-z0-9][a-z0-9_.-]{0,80}\.(js|css|map)$/;

interface BundleFile {
  body: Buffer;
  etag: string;
  modified: number;
  gzipped?: Promise<Buffer>;
}

export interface BundleFiles {
  /** The file of that name in the folder, or undefined when it is not there or is not a bundle file. */
  find(name: string): Promise<BundleFile | undefined>;
  /** Answers the file, revalidated by ETag and gzipped for browsers that accept it. */
  send(request: FastifyRequest, reply: FastifyReply, name: string, file: BundleFile): Promise<FastifyReply>;
}

/**
 * A folder of built browser bundles (`packages/runtime/dist`, `packages/builder/dist`). Files are read
 * once and kept, and read again when a rebuild changes them, so a running server picks up a new build.
 */
export function bundleFiles(dist: string): BundleFiles {
  const cache = new Map<string, BundleFile>();
  return {
    async find(name) {
      if (!FILE.test(name)) return undefined;
      const path = join(dist, name);
      const modified = await stat(path).then(
        (info) => (info.isFile() ? info.mtimeMs : undefined),
        () => undefined,
      );
      if (modified === undefined) return undefined;
      const known = cache.get(name);
      if (known?.modified === modified) return known;
      const body = await readFile(path).catch(() => undefined);
      if (!body) return undefined;
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
      const file: BundleFile = { body, etag, modified };
      cache.set(name, file);
      return file;
    },

    async send(request, reply, name, file) {
      reply
        .header("content-type", TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream")
        .header("cache-control", "public, max-age=300, must-revalidate")
        .header("etag", file.etag)
        .header("vary", "accept-encoding")
        .header("x-content-type-options", "nosniff");
      if (request.headers["if-none-match"] === file.etag) return reply.status(304).send();
      if (!/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) return reply.send(file.body);
      file.gzipped ??= gzipAsync(file.body);
      return reply.header("content-encoding", "gzip").send(await file.gzipped);
    },
  };
}
