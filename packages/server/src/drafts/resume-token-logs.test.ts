import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { buildApp } from "../app.ts";
import { readEnv } from "../env.ts";
import { ANONYMOUS_FORM, publishAnonymousForm } from "./drafts-test-support.ts";

let server: TestServer;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  await publishAnonymousForm(server.db, DEMO_ORG);
});
afterAll(() => server.close());

describe("resume tokens", () => {
  it("never reach the logs when used through the REST API, even at trace level", async () => {
    const lines: string[] = [];
    const logStream = new PassThrough();
    logStream.on("data", (chunk) => lines.push(String(chunk)));
    const app = await buildApp({ db: server.db, env: readEnv({ LOG_LEVEL: "trace" }), logStream });
    try {
      const created = await app.inject({
        method: "POST",
        url: `/api/v1/organisations/${DEMO_ORG}/forms/${ANONYMOUS_FORM}/drafts`,
        payload: { data: { message: "hi" } },
      });
      const { id, resumeToken } = created.json();
      const headers = { "x-resume-token": resumeToken };
      await app.inject({ method: "GET", url: `/api/v1/drafts/${id}`, headers });
      await app.inject({
        method: "PUT",
        url: `/api/v1/drafts/${id}`,
        headers,
        payload: { data: {}, revision: 1 },
      });
      await app.inject({ method: "GET", url: `/api/v1/drafts/${id}/attachments`, headers });
      await app.inject({ method: "DELETE", url: `/api/v1/drafts/${id}`, headers });
      const log = lines.join("");
      expect(log).toContain(id);
      expect(resumeToken.length).toBe(43);
      expect(log).not.toContain(resumeToken);
    } finally {
      await app.close();
    }
  });
});
