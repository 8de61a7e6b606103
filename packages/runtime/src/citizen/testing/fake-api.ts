import { vi } from "vitest";

export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
type Handler = (request: FakeRequest) => Answer;

/**
 * A `fetch` for tests that answers the REST API from `routes` (keyed `"GET /citizen/me"`, the path
 * after /api/v1 with its query), records every request, and answers 404 to anything else.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: FakeRequest[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const path = url.replace(/^\/api\/v1/, "");
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([key, value]) => [
        key.toLowerCase(),
        value,
      ]),
    );
    const request: FakeRequest = {
      method: init.method ?? "GET",
      path,
      headers,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${path}`];
    const answer = handler
      ? await handler(request)
      : { status: 404, body: { error: { code: "not-found", message: `nothing at ${path}` } } };
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  });
  return { fetch, requests };
}
