import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";

const SCRIPT = "document.getElementById('builder-root').textContent = 'builder';".repeat(50);

let server: TestServer;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "civitas-builder-dist-"));
  writeFileSync(join(dist, "builder.js"), SCRIPT);
  writeFileSync(join(dist, "builder.css"), "body { margin: 0 }");
  writeFileSync(join(dist, "builder.js.map"), "{}");
  writeFileSync(join(dist, "notes.txt"), "not an asset");
  server = await createTestServer({ env: { BUILDER_DIST: dist } });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  server.request({ method: "GET", url, headers });

describe("builder page shell", () => {
  it("answers every builder page with the shell that loads the builder bundle, uncached and unindexed", async () => {
    for (const url of ["/builder", "/builder/", "/builder/dubova/documents", "/builder/dubova/staff?x=1"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.body).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(response.body).toContain("<title>Civitas builder</title>");
      expect(response.body).toContain('<link rel="stylesheet" href="/builder/assets/builder.css">');
      expect(response.body).toContain('<script type="module" src="/builder/assets/builder.js"></script>');
      expect(response.body).toContain('<div id="builder-root"></div>');
      expect(response.body).toMatch(/<noscript><p>The builder needs JavaScript/);
      expect(response.body).not.toContain("civitas-citizen");
      expect(response.body.match(/<script/g)).toHaveLength(1);
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(response.headers["x-robots-tag"]).toBe("noindex");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self' 'unsafe-eval';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
    }
  });

  it("leaves paths naming a file under /builder their JSON 404", async () => {
    for (const url of ["/builder/favicon.ico", "/builder/assets/", "/builder/assets/a/b.js"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: "not-found" } });
    }
    // A path that only starts like the builder's is still a citizen page.
    expect((await get("/builderx")).body).toContain("civitas-citizen");
  });
});

describe("builder bundle", () => {
  it("serves the script, the styles and the source map with their types, revalidated by ETag", async () => {
    const script = await get("/builder/assets/builder.js");
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.headers["cache-control"]).toBe("public, max-age=300, must-revalidate");
    expect(script.body).toBe(SCRIPT);
    // Same-origin only: unlike the embed script, no other site needs the builder's bundle.
    expect(script.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await get("/builder/assets/builder.css")).headers["content-type"]).toBe(
      "text/css; charset=utf-8",
    );
    expect((await get("/builder/assets/builder.js.map")).headers["content-type"]).toBe(
      "application/json; charset=utf-8",
    );
    const again = await get("/builder/assets/builder.js", { "if-none-match": String(script.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it("sends the bundle gzipped to browsers that accept it", async () => {
    const response = await server.request({
      method: "GET",
      url: "/builder/assets/builder.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it("serves nothing but bundle files from the folder, with a 404 that names the file", async () => {
    for (const url of [
      "/builder/assets/notes.txt",
      "/builder/assets/..%2Fpackage.json",
      "/builder/assets/x.js",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message, url).toMatch(/^The builder has no file /);
    }
  });

  it("says how to build the builder when it is not built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "civitas-builder-unbuilt-"));
    const unbuilt = await createTestServer({ env: { BUILDER_DIST: empty } });
    try {
      const page = await unbuilt.request({ method: "GET", url: "/builder/dubova" });
      expect(page.statusCode).toBe(503);
      expect(page.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expect(page.body).toContain("pnpm --filter @civitas/builder build");
      const script = await unbuilt.request({ method: "GET", url: "/builder/assets/builder.js" });
      expect(script.statusCode).toBe(503);
      expect(script.json().error).toMatchObject({
        code: "unavailable",
        message: expect.stringContaining("pnpm --filter @civitas/builder build"),
      });
      // Built while the server runs: the next request finds it.
      writeFileSync(join(empty, "builder.js"), SCRIPT);
      expect((await unbuilt.request({ method: "GET", url: "/builder/dubova" })).statusCode).toBe(200);
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
