/** A refusal or failure of the REST API, with the server's own sentence as the message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ApiRequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  /** The resume token of an anonymous draft or submission, sent as `X-Resume-Token`. */
  resumeToken?: string | undefined;
  signal?: AbortSignal;
}

const API = "/api/v1";

/**
 * One call of the REST API under /api/v1, JSON in and out, with the session cookie. Any answer other
 * than 2xx rejects with an `ApiError` carrying the server's `{error:{code,message}}`; a network
 * failure rejects with status 0.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.resumeToken) headers["x-resume-token"] = options.resumeToken;
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method: options.method ?? "GET",
      headers,
      credentials: "same-origin",
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network", (error as Error).message || "the server cannot be reached");
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; details?: unknown } }
    | undefined;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(
      response.status,
      error?.code ?? "http",
      error?.message ?? (response.statusText || `the server answered ${response.status}`),
      error?.details,
    );
  }
  return body as T;
}
