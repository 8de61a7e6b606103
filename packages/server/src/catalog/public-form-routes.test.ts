import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string) => server.request({ method: "GET", url });

describe("published e-forms", () => {
  it("gives anyone the latest version with the organisation's name and languages", async () => {
    const response = await get(`/api/v1/organisations/${DEMO_ORG}/forms/kindergarten-enrolment`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      organisation: DEMO_ORG,
      form: "kindergarten-enrolment",
      version: 1,
      languages: ["cs", "en"],
      organisationName: { cs: "Město Dubová" },
    });
    expect(body.definition.pages.length).toBeGreaterThan(1);
    expect(response.headers["cache-control"]).toBe("public, max-age=60");
    expect(response.headers.etag).toMatch(/^"[0-9a-f-]{36}"$/);
  });

  it("gives a pinned version for good, and says which version does not exist", async () => {
    const pinned = await get(`/api/v1/organisations/${DEMO_ORG}/forms/kindergarten-enrolment?version=1`);
    expect(pinned.statusCode).toBe(200);
    expect(pinned.headers["cache-control"]).toContain("immutable");
    const missing = await get(`/api/v1/organisations/${DEMO_ORG}/forms/kindergarten-enrolment?version=9`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain("version 9");
  });

  it("answers 404 for an unknown form or organisation, and 400 for a bad version", async () => {
    expect((await get(`/api/v1/organisations/${DEMO_ORG}/forms/no-such-form`)).statusCode).toBe(404);
    expect((await get("/api/v1/organisations/nowhere/forms/kindergarten-enrolment")).statusCode).toBe(404);
    expect(
      (await get(`/api/v1/organisations/${DEMO_ORG}/forms/dog-registration?version=zero`)).statusCode,
    ).toBe(400);
  });
});
