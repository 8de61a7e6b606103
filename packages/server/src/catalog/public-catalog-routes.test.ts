import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await createTestServer();
  admin = (await server.staff({ [DEMO_ORG]: ["admin", "author", "reviewer", "publisher"] })).cookie;
});
afterAll(() => server.close());

const catalog = (headers: Record<string, string> = {}) =>
  server.request({ method: "GET", url: `/api/v1/organisations/${DEMO_ORG}/catalog`, headers });

describe("the published catalog", () => {
  it("lists the demo town's services, life situations, channels and e-forms for anyone", async () => {
    const response = await catalog();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.organisation.spec.name.cs).toBe("Město Dubová");
    expect(body.services).toHaveLength(10);
    expect(body.lifeSituations).toHaveLength(3);
    expect(body.channels).toHaveLength(6);
    expect(body.forms.map((form: { id: string }) => form.id)).toContain("kindergarten-enrolment");
    const kindergarten = body.services.find(
      (service: { id: string }) => service.id === "kindergarten-enrolment",
    );
    expect(kindergarten.spec.channelOfferings.length).toBeGreaterThan(1);
  });

  it("answers 304 while nothing changed, and a new ETag once something is archived", async () => {
    const first = await catalog();
    const etag = first.headers.etag as string;
    expect((await catalog({ "if-none-match": etag })).statusCode).toBe(304);
    const archived = await server.request({
      method: "POST",
      url: `/api/v1/organisations/${DEMO_ORG}/documents/Service/birth-certificate/archive`,
      cookie: admin,
      payload: {},
    });
    expect(archived.statusCode, archived.body).toBe(200);
    const after = await catalog({ "if-none-match": etag });
    expect(after.statusCode).toBe(200);
    expect(after.json().services.map((service: { id: string }) => service.id)).not.toContain(
      "birth-certificate",
    );
  });

  it("answers 404 for an organisation that does not exist", async () => {
    const response = await server.request({ method: "GET", url: "/api/v1/organisations/nowhere/catalog" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain("nowhere");
  });
});
