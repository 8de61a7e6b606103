import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";

/** Answers with the back office's error shape, `{ "error": { "code", "message" } }`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

/** Answers a request that a fault injected with `setMode` or `failNext` stops. */
export function sendFault(reply: FastifyReply, status: 500 | 503, service: string): FastifyReply {
  return status === 503
    ? sendError(reply, 503, "unavailable", `${service} is down (fault injected for testing)`)
    : sendError(reply, 500, "internal-error", `${service} failed (fault injected for testing)`);
}

const CODE_BY_STATUS: Record<number, string> = {
  400: "invalid-request",
  404: "not-found",
  413: "too-large",
  415: "unsupported-media-type",
};

/** Makes Fastify's own errors (validation, bad JSON, too large, no route) use the error shape too. */
export function useJsonErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.validation ? 400 : (error.statusCode ?? 500);
    if (status >= 500) return sendError(reply, 500, "internal-error", "The back office failed to answer");
    return sendError(reply, status, CODE_BY_STATUS[status] ?? "bad-request", error.message);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, "not-found", `There is no ${request.method} ${request.url.split("?")[0]}`),
  );
}
