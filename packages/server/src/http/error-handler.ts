import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type ErrorCode } from "../errors/app-error.ts";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ["payload-too-large", "The request body is larger than this server accepts"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ["unsupported-media-type", "Send the body as application/json"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ["bad-request", "The Content-Length header does not match the body"],
  FST_ERR_CTP_EMPTY_JSON_BODY: ["bad-request", "The JSON body is empty"],
  FST_ERR_CTP_INVALID_JSON_BODY: ["bad-request", "The body is not valid JSON"],
  FST_ERR_MULTIPART_FILE_TOO_LARGE: ["payload-too-large", "The file is larger than this server accepts"],
  FST_REQ_FILE_TOO_LARGE: ["payload-too-large", "The file is larger than this server accepts"],
};

/** Turns every error into `{ error: { code, message, details } }` with its status; internals are only logged. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details !== undefined ? { details: error.details } : {}),
        },
      };
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: issue.instancePath || "/",
        message: issue.message,
      }));
      return reply.status(400).send({
        error: {
          code: "bad-request",
          message: `The request is not valid: ${details[0]?.path} ${details[0]?.message}`,
          details,
        },
      });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known)
      return reply
        .status(new AppError(known[0], "").status)
        .send({ error: { code: known[0], message: known[1] } });
    if (error.statusCode === 429)
      return reply
        .status(429)
        .send({ error: { code: "rate-limited", message: "Too many attempts; wait a minute and try again" } });
    if (error.statusCode && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return reply.status(error.statusCode).send({ error: { code: "bad-request", message: error.message } });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply
      .status(500)
      .send({ error: { code: "internal", message: "Something went wrong on our side; it has been logged" } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: "not-found",
        message: `There is nothing at ${request.method} ${request.url.split("?")[0]}`,
      },
    }),
  );
}
