import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { DRAFT_DATA_MAX_DEPTH } from "./draft-data.ts";

let server: TestServer;
let citizen: string;
let draftUrl: string;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen("Tomáš Zkoušející");
  const created = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/forms/kindergarten-enrolment/drafts`,
    cookie: citizen,
    payload: { data: { child: { givenName: "Ema" } } },
  });
  draftUrl = `/api/v1/drafts/${created.json().id}`;
});
afterAll(() => server.close());

const save = (payload: string | object) =>
  server.request({
    method: "PUT",
    url: draftUrl,
    cookie: citizen,
    headers: { "content-type": "application/json" },
    payload: typeof payload === "string" ? payload : JSON.stringify(payload),
  });

const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 1; level < depth; level++) value = { next: value };
  return value;
};

describe("bad draft data", () => {
  it.each([
    ["a __proto__ key", '{"revision":1,"data":{"child":{"__proto__":{"isAdmin":true}}}}', 400],
    [
      "a constructor.prototype key",
      '{"revision":1,"data":{"constructor":{"prototype":{"isAdmin":true}}}}',
      400,
    ],
    ["data that is a list", '{"revision":1,"data":[1,2,3]}', 400],
    ["no revision", '{"data":{}}', 400],
    ["a 10 MB string", JSON.stringify({ revision: 1, data: { note: "x".repeat(10 * 1024 * 1024) } }), 413],
    ["answers over 512 KiB", JSON.stringify({ revision: 1, data: { note: "é".repeat(300_000) } }), 413],
    [
      "nesting deeper than 32 levels",
      JSON.stringify({ revision: 1, data: nested(DRAFT_DATA_MAX_DEPTH + 1) }),
      400,
    ],
  ])("is refused with a sentence and changes nothing: %s", async (_, payload, status) => {
    const response = await save(payload);
    expect(response.statusCode).toBe(status);
    const { error } = response.json();
    expect(error.code).toBe(status === 413 ? "payload-too-large" : "bad-request");
    expect(error.message.length).toBeGreaterThan(15);
    const stored = (await server.request({ method: "GET", url: draftUrl, cookie: citizen })).json();
    expect(stored).toMatchObject({ revision: 1, data: { child: { givenName: "Ema" } } });
    expect(Object.getPrototypeOf(stored.data.child)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("names the limit when the answers are too large, and accepts the deepest allowed nesting", async () => {
    const tooLarge = await save({ revision: 1, data: { note: "é".repeat(300_000) } });
    expect(tooLarge.json().error.message).toMatch(/512 KiB/);
    const deep = await save({ revision: 1, data: nested(DRAFT_DATA_MAX_DEPTH - 1) });
    expect(deep.statusCode, deep.body).toBe(200);
  });

  it("refuses a new draft with oversized answers without storing it", async () => {
    const before = await server.db
      .selectFrom("drafts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const response = await server.request({
      method: "POST",
      url: `/api/v1/organisations/${DEMO_ORG}/forms/kindergarten-enrolment/drafts`,
      cookie: citizen,
      payload: { data: { note: "x".repeat(600 * 1024) } },
    });
    expect(response.statusCode).toBe(413);
    const after = await server.db
      .selectFrom("drafts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe("guessing resume tokens", () => {
  it("is rate limited per address (429), while other addresses and the owner are still served", async () => {
    const guess = (address: string) =>
      server.request({
        method: "GET",
        url: draftUrl,
        headers: { "x-resume-token": randomBytes(32).toString("base64url"), "x-forwarded-for": address },
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 120; attempt++) statuses.push((await guess("203.0.113.7")).statusCode);
    expect(new Set(statuses)).toEqual(new Set([404]));
    const limited = await guess("203.0.113.7");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("rate-limited");
    expect((await guess("198.51.100.20")).statusCode).toBe(404);
    const owner = await server.request({
      method: "GET",
      url: draftUrl,
      cookie: citizen,
      headers: { "x-forwarded-for": "203.0.113.7" },
    });
    expect(owner.statusCode).toBe(200);
  });
});
