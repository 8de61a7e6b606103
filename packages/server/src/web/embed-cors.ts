import fastifyCors, { type FastifyCorsOptions } from "@fastify/cors";
import type { FastifyInstance } from "fastify";

/**
 * The API routes an e-form embedded on a portal calls from the portal's origin: the published form,
 * its anonymous draft (answers and attachments), the submission and its receipt.
 */
const EMBED_API = [
  /^\/api\/v1\/organisations\/[^/]+\/forms\/[^/]+(\/drafts|\/submissions)?$/,
  /^\/api\/v1\/drafts\/[^/]+(\/attachments(\/[^/]+)?)?$/,
  /^\/api\/v1\/submissions\/[^/]+(\/receipt)?$/,
];

export const isEmbedApiPath = (url: string): boolean => {
  const path = url.split("?")[0] ?? "";
  return EMBED_API.some((route) => route.test(path));
};

/**
 * CORS for the embed's API routes, from the origins in EMBED_ORIGINS. Never with credentials: an
 * embedded form speaks for its anonymous owner through the `X-Resume-Token` header, so a portal's
 * page can neither use nor read a citizen's session. Other routes get no CORS headers at all.
 */
export async function installEmbedCors(app: FastifyInstance, origins: "*" | string[]): Promise<void> {
  const embed: FastifyCorsOptions = {
    origin: origins,
    credentials: false,
    methods: ["GET", "HEAD", "POST", "PUT", "DELETE"],
    allowedHeaders: ["content-type", "idempotency-key", "x-resume-token"],
    exposedHeaders: ["etag"],
    maxAge: 600,
  };
  await app.register(fastifyCors, {
    hideOptionsRoute: true,
    delegator: (request, callback) => callback(null, isEmbedApiPath(request.url) ? embed : { origin: false }),
  });
}
