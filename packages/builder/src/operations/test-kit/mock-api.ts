import { vi } from "vitest";

export interface MockCall {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status: number; body?: unknown };
type Handler = Answer | ((call: MockCall) => Answer);

/**
 * Replaces `globalThis.fetch` with a fake REST API: `routes` maps "METHOD /path?query" (after /api/v1)
 * to an answer. Unknown requests answer 404. Returns the calls made, in order.
 */
export function mockApi(routes: Record<string, Handler>): { calls: MockCall[] } {
  const calls: MockCall[] = [];
  globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input).replace(/^\/api\/v1/, "");
    const method = init?.method ?? "GET";
    const call = { method, path: url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const handler = routes[`${method} ${url}`];
    const answer: Answer = !handler
      ? { status: 404, body: { error: { code: "not-found", message: `No mock for ${method} ${url}` } } }
      : typeof handler === "function"
        ? handler(call)
        : handler;
    if (answer.status === 204) return new Response(null, { status: 204 });
    return new Response(JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return { calls };
}

/** The answer the server gives for a refusal: `{ error: { code, message } }`. */
export const refusal = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message } },
});
