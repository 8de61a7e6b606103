import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";

let server: TestServer;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "civitas-dist-"));
  writeFileSync(join(dist, "embed.js"), "customElements.define('x', class extends HTMLElement {});");
  writeFileSync(join(dist, "secret.txt"), "not an asset");
  server = await createTestServer({ env: { RUNTIME_DIST: dist } });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("browser bundles", () => {
  it("serves a bundle to any origin, revalidated by ETag", async () => {
    const response = await server.request({ method: "GET", url: "/assets/embed.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const again = await server.request({
      method: "GET",
      url: "/assets/embed.js",
      headers: { "if-none-match": String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("serves nothing but bundles from the folder", async () => {
    for (const url of ["/assets/secret.txt", "/assets/..%2Fpackage.json", "/assets/missing.js"]) {
      const response = await server.request({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
