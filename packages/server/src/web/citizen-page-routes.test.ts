import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { pageLanguage } from "./citizen-page-routes.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  server.request({ method: "GET", url, headers });

describe("citizen page shell", () => {
  it("answers every page of the app with the shell that loads the citizen bundle, under a strict CSP", async () => {
    for (const url of [
      "/",
      "/dubova",
      "/dubova/services/kindergarten-enrolment",
      "/dubova/forms/x?draft=1",
      "/my",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.body).toMatch(/^<!doctype html>/);
      expect(response.body).toContain('<script type="module" src="/assets/citizen.js"></script>');
      expect(response.body).toContain('<link rel="stylesheet" href="/assets/citizen.css">');
      expect(response.body).toContain('<div id="civitas-citizen"');
      expect(response.body).toContain("<noscript>");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toMatch(/script-src 'self'( 'unsafe-eval')?;/);
      expect(csp).not.toContain("unsafe-inline");
      // The only script is the bundle: nothing inline for the policy to allow.
      expect(response.body.match(/<script/g)).toHaveLength(1);
    }
  });

  it("lists the organisations that publish a catalog, for the home page to pick from", async () => {
    await server.staff({ "no-catalog": ["author"] }); // an organisation without a published document
    const body = (await get("/")).body;
    const attribute = body.match(/data-organisations="([^"]*)"/)?.[1] ?? "";
    const listed = JSON.parse(attribute.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
    expect(listed).toEqual([{ id: "dubova", name: expect.objectContaining({ cs: "Město Dubová" }) }]);
  });

  it("writes the page in the chosen language, else the browser's, else English", async () => {
    const lang = async (headers: Record<string, string>) =>
      (await get("/dubova", headers)).body.match(/<html lang="([a-z]+)">/)?.[1];
    expect(await lang({ cookie: "lang=lv", "accept-language": "cs" })).toBe("lv");
    expect(await lang({ "accept-language": "de-DE, cs;q=0.8, en;q=0.9" })).toBe("en");
    expect(await lang({ "accept-language": "cs-CZ,cs;q=0.9" })).toBe("cs");
    expect(await lang({ "accept-language": "de" })).toBe("en");
    expect(await lang({})).toBe("en");
    expect(pageLanguage("xx", "lv;q=0, cs;q=0.5")).toBe("cs");
  });

  it("leaves the API, tRPC, assets and files their JSON 404, and explicit routes their own answers", async () => {
    for (const url of [
      "/api/v1/nothing-here",
      "/api",
      "/trpc",
      "/assets/",
      "/assets/a/b.js",
      "/favicon.ico",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: "not-found" } });
    }
    expect((await get("/healthz")).json()).toEqual({ status: "ok" });
    expect((await get("/api/v1/organisations/dubova/catalog")).statusCode).toBe(200);
    expect((await get("/verify")).body).not.toContain("civitas-citizen");
    expect((await get("/api/docs")).body).not.toContain("civitas-citizen");
  });

  it("is not the answer to other methods", async () => {
    const response = await server.request({ method: "POST", url: "/dubova" });
    expect(response.statusCode).toBe(404);
  });
});
