import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { readEnv } from "../env.ts";

const PORTAL = "https://www.dubova.example";
const FORM = "/api/v1/organisations/dubova/forms/public-event-notification";
const DRAFT = "/api/v1/drafts/0b0e9b5c-8a39-4a8f-9f61-0b8f5d3c2a11";

let anyOrigin: TestServer;
let listed: TestServer;
beforeAll(async () => {
  [anyOrigin, listed] = await Promise.all([
    createTestServer(),
    createTestServer({ env: { EMBED_ORIGINS: `${PORTAL}/, https://dubova.example` } }),
  ]);
});
afterAll(async () => {
  await Promise.all([anyOrigin?.close(), listed?.close()]);
});

const preflight = (server: TestServer, url: string, origin: string, method = "PUT") =>
  server.request({
    method: "OPTIONS",
    url,
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "content-type,x-resume-token,idempotency-key",
    },
  });

describe("CORS of the embed's API calls", () => {
  it("lets any origin read the published form by default, with its ETag and without credentials", async () => {
    const response = await anyOrigin.request({ method: "GET", url: FORM, headers: { origin: PORTAL } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["access-control-expose-headers"]).toBe("etag");
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("answers a preflight of a draft save with the resume-token and idempotency headers", async () => {
    const response = await preflight(anyOrigin, DRAFT, PORTAL);
    expect(response.statusCode).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(String(response.headers["access-control-allow-methods"]).split(", ")).toContain("PUT");
    expect(String(response.headers["access-control-allow-headers"]).split(", ")).toEqual([
      "content-type",
      "idempotency-key",
      "x-resume-token",
    ]);
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
    const submit = await preflight(anyOrigin, `${FORM}/submissions`, PORTAL, "POST");
    expect(submit.statusCode).toBe(204);
  });

  it("carries CORS on errors too, so the embed can show the server's words", async () => {
    const response = await anyOrigin.request({
      method: "GET",
      url: "/api/v1/organisations/dubova/forms/no-such-form",
      headers: { origin: PORTAL },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
  });

  it("gives no CORS to routes the embed does not call", async () => {
    const list = await anyOrigin.request({
      method: "GET",
      url: "/api/v1/organisations/dubova/submissions",
      headers: { origin: PORTAL },
    });
    expect(list.headers["access-control-allow-origin"]).toBeUndefined();
    const login = await preflight(anyOrigin, "/api/v1/auth/login", PORTAL, "POST");
    expect(login.statusCode).toBe(404);
    expect(login.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows only the origins in EMBED_ORIGINS when it lists some", async () => {
    const allowed = await listed.request({ method: "GET", url: FORM, headers: { origin: PORTAL } });
    expect(allowed.headers["access-control-allow-origin"]).toBe(PORTAL);
    expect(String(allowed.headers.vary)).toMatch(/origin/i);
    const other = await listed.request({
      method: "GET",
      url: FORM,
      headers: { origin: "https://elsewhere.example" },
    });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const otherPreflight = await preflight(listed, DRAFT, "https://elsewhere.example");
    expect(otherPreflight.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("EMBED_ORIGINS", () => {
  it("is any origin unless set, and a list of bare origins when set", () => {
    expect(readEnv({}).EMBED_ORIGINS).toBe("*");
    expect(readEnv({ EMBED_ORIGINS: "https://a.example/, http://localhost:8080" }).EMBED_ORIGINS).toEqual([
      "https://a.example",
      "http://localhost:8080",
    ]);
  });

  it("refuses what is not an origin, naming the setting", () => {
    expect(() => readEnv({ EMBED_ORIGINS: "https://a.example/portal,a.example" })).toThrow(
      /EMBED_ORIGINS: https:\/\/a\.example\/portal, a\.example: each must be an origin/,
    );
  });
});
