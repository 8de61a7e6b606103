import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { frameAncestorsOf } from "./embed-page-routes.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ env: { EMBED_ORIGINS: "https://www.dubova.example" } });
});
afterAll(async () => {
  await server?.close();
});

describe("the iframe page of an embedded form", () => {
  it("holds the form's element and the embed script, titled with the form's name", async () => {
    const response = await server.request({
      method: "GET",
      url: "/embed/dubova/forms/public-event-notification?lang=en",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain("<title>Notification of a public event</title>");
    expect(response.body).toContain('<script type="module" src="/assets/embed.js"></script>');
    expect(response.body).toContain(
      '<civitas-form organisation="dubova" form="public-event-notification" lang="en"></civitas-form>',
    );
  });

  it("speaks the organisation's first language when no lang is asked for", async () => {
    const response = await server.request({
      method: "GET",
      url: "/embed/dubova/forms/public-event-notification",
    });
    expect(response.body).toContain('<html lang="cs">');
    expect(response.body).toContain("<title>Oznámení o konání veřejnosti přístupné akce</title>");
  });

  it("may be framed only by the portals in EMBED_ORIGINS, and loads scripts from this server only", async () => {
    const response = await server.request({
      method: "GET",
      url: "/embed/dubova/forms/public-event-notification",
    });
    const policy = String(response.headers["content-security-policy"]);
    expect(policy).toContain("frame-ancestors 'self' https://www.dubova.example");
    expect(policy).toMatch(/script-src 'self'( 'unsafe-eval')?;/); // no inline scripts, no other hosts
    expect(policy).toContain("connect-src 'self'");
    expect(frameAncestorsOf("*")).toBe("*");
  });

  it("refuses unknown forms and odd languages, and is not part of the API document", async () => {
    const unknown = await server.request({ method: "GET", url: "/embed/dubova/forms/no-such-form" });
    expect(unknown.statusCode).toBe(404);
    const hostile = await server.request({
      method: "GET",
      url: `/embed/dubova/forms/public-event-notification?lang=${encodeURIComponent('"><script>')}`,
    });
    expect(hostile.statusCode).toBe(400);
    expect(hostile.body).not.toContain("<script>");
    const openapi = await server.request({ method: "GET", url: "/api/v1/openapi.json" });
    expect(Object.keys(openapi.json().paths).some((path) => path.startsWith("/embed"))).toBe(false);
  });
});
