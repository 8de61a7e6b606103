/** Stable error codes: what an integrator's code may switch on. Each maps to one HTTP status. */
export const ERROR_STATUS = {
  "bad-request": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "revision-conflict": 409,
  "idempotency-conflict": 409,
  gone: 410,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  "invalid-definition": 422,
  "invalid-submission": 422,
  "invalid-state-transition": 422,
  "rate-limited": 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The one error type services raise. The HTTP and tRPC layers turn it into a JSON error
 * `{ error: { code, message, details } }` with the code's status; nothing else leaks out.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) =>
  new AppError("not-found", `${what} does not exist or is not visible to you`);
