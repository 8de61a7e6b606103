import { vi } from "vitest";

type Answer =
  | { status?: number; body?: unknown }
  | ((request: { url: string; method: string; body: unknown }) => { status?: number; body?: unknown });

/**
 * Stubs `fetch` for component tests: each route is "METHOD /path" (without /api/v1, query ignored
 * unless given) and answers JSON. Unknown routes answer 404. Returns the calls made.
 */
export function mockApi(routes: Record<string, Answer>) {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input).replace(/^\/api\/v1/, "");
    const method = init?.method ?? "GET";
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, url, body });
    const answer = routes[`${method} ${url}`] ?? routes[`${method} ${url.split("?")[0]}`];
    const found = typeof answer === "function" ? answer({ url, method, body }) : answer;
    const status = found?.status ?? (found ? 200 : 404);
    const payload = found
      ? found.body
      : { error: { code: "not-found", message: `No route ${method} ${url}` } };
    return new Response(status === 204 ? null : JSON.stringify(payload ?? {}), {
      status,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

export const STAFF = {
  type: "staff",
  email: "anna@dubova.example",
  name: "Anna Nováková",
  organisations: { dubova: ["author"] },
};
