import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe("the OpenAPI document of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const response = await server.request({ method: "GET", url: "/api/v1/openapi.json" });
    expect(response.statusCode, response.body).toBe(200);
    const document = response.json();
    const result = await new Validator().validate(document);
    expect(JSON.stringify(result.errors ?? [], null, 1).slice(0, 3000)).toBe("[]");
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every REST route of the API and its error answers", async () => {
    const document = (await server.request({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const paths = Object.keys(document.paths);
    expect(paths).toContain("/api/v1/auth/login");
    for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(
      document.paths,
    )) {
      expect(path.startsWith("/api/v1/"), path).toBe(true);
      for (const [method, operation] of Object.entries(operations)) {
        expect(
          Object.keys(operation.responses).length,
          `${method} ${path} documents its responses`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("is browsable as documentation", async () => {
    const response = await server.request({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
  });
});
