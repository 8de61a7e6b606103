import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { ANONYMOUS_FORM, publishAnonymousForm } from "./drafts-test-support.ts";

let server: TestServer;
let jana: string;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  await publishAnonymousForm(server.db, DEMO_ORG);
  jana = await server.citizen("Jana Nováková");
});
afterAll(() => server.close());

const formUrl = (form: string) => `/api/v1/organisations/${DEMO_ORG}/forms/${form}/drafts`;

async function startDraft(cookie: string, form = "kindergarten-enrolment", payload: object = {}) {
  const response = await server.request({ method: "POST", url: formUrl(form), cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("a citizen's draft", () => {
  it("is pinned to the latest published version, resumed and saved revision by revision", async () => {
    const created = await startDraft(jana, "kindergarten-enrolment", {
      data: { child: { givenName: "Ema" } },
      page: "child",
    });
    expect(created).toMatchObject({
      organisation: DEMO_ORG,
      form: "kindergarten-enrolment",
      formVersion: 1,
      revision: 1,
      page: "child",
      data: { child: { givenName: "Ema" } },
    });
    expect(created.resumeToken).toBeUndefined();
    const version = await server.db
      .selectFrom("drafts")
      .innerJoin("document_versions", "document_versions.id", "drafts.form_version_id")
      .select(["document_versions.document_id", "document_versions.version"])
      .where("drafts.id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(version).toEqual({ document_id: "kindergarten-enrolment", version: 1 });

    const saved = await server.request({
      method: "PUT",
      url: `/api/v1/drafts/${created.id}`,
      cookie: jana,
      payload: { data: { child: { givenName: "Ema", familyName: "Nová" } }, page: "parents", revision: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ id: created.id, revision: 2 });

    const resumed = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${created.id}`,
      cookie: jana,
    });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json()).toMatchObject({
      id: created.id,
      data: { child: { givenName: "Ema", familyName: "Nová" } },
      page: "parents",
      revision: 2,
      formVersion: 1,
    });
  });

  it("refuses a stale revision with the current one, and changes nothing", async () => {
    const { id } = await startDraft(jana);
    const url = `/api/v1/drafts/${id}`;
    const first = await server.request({
      method: "PUT",
      url,
      cookie: jana,
      payload: { data: { tab: "A" }, revision: 1 },
    });
    expect(first.statusCode).toBe(200);
    const before = (await server.request({ method: "GET", url, cookie: jana })).json();

    const stale = await server.request({
      method: "PUT",
      url,
      cookie: jana,
      payload: { data: { tab: "B" }, revision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "revision-conflict",
      message: expect.stringContaining("revision 2"),
      details: { currentRevision: 2, updatedAt: before.updatedAt },
    });
    const after = (await server.request({ method: "GET", url, cookie: jana })).json();
    expect(after).toEqual(before);
    expect(after.data).toEqual({ tab: "A" });
  });

  it("lets exactly one of 20 tabs saving the same revision at once win", async () => {
    const { id } = await startDraft(jana);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, tab) =>
        server.request({
          method: "PUT",
          url: `/api/v1/drafts/${id}`,
          cookie: jana,
          payload: { data: { tab }, revision: 1 },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = responses.findIndex((response) => response.statusCode === 200);
    const stored = (
      await server.request({ method: "GET", url: `/api/v1/drafts/${id}`, cookie: jana })
    ).json();
    expect(stored).toMatchObject({ revision: 2, data: { tab: winner } });
  });

  it("is listed among the citizen's drafts with the form's name in the asked language", async () => {
    const petr = await server.citizen("Petr Svoboda");
    const kindergarten = await startDraft(petr);
    const parking = await startDraft(petr, "resident-parking-permit");
    await startDraft(jana, "dog-registration");

    const english = await server.request({
      method: "GET",
      url: "/api/v1/citizen/drafts?lang=en",
      cookie: petr,
    });
    expect(english.statusCode).toBe(200);
    const drafts = english.json().drafts;
    expect(drafts.map((draft: { id: string }) => draft.id)).toEqual([parking.id, kindergarten.id]);
    expect(drafts[1]).toMatchObject({
      form: "kindergarten-enrolment",
      formName: "Application for a place at a kindergarten",
      formVersion: 1,
      expiresAt: kindergarten.expiresAt,
    });
    const czech = await server.request({
      method: "GET",
      url: "/api/v1/citizen/drafts?lang=cs",
      cookie: petr,
    });
    expect(czech.json().drafts[1].formName).toBe("Žádost o přijetí dítěte k předškolnímu vzdělávání");
    const unknown = await server.request({
      method: "GET",
      url: "/api/v1/citizen/drafts?lang=de",
      cookie: petr,
    });
    expect(unknown.json().drafts[1].formName).toBe("Application for a place at a kindergarten");

    const nobody = await server.request({ method: "GET", url: "/api/v1/citizen/drafts" });
    expect(nobody.statusCode).toBe(401);
  });

  it("is deleted by its owner only, and is then gone for good", async () => {
    const { id } = await startDraft(jana);
    const stranger = await server.citizen("Karel Cizí");
    const byStranger = await server.request({
      method: "DELETE",
      url: `/api/v1/drafts/${id}`,
      cookie: stranger,
    });
    expect(byStranger.statusCode).toBe(404);
    const deleted = await server.request({ method: "DELETE", url: `/api/v1/drafts/${id}`, cookie: jana });
    expect(deleted.statusCode).toBe(204);
    const again = await server.request({ method: "GET", url: `/api/v1/drafts/${id}`, cookie: jana });
    expect(again.statusCode).toBe(404);
  });
});

describe("who may see a draft", () => {
  it("answers 404 — never 403 — to another citizen, staff, an API key, a wrong token and nobody", async () => {
    const { id } = await startDraft(jana, "kindergarten-enrolment", { data: { secret: "rodné číslo" } });
    const url = `/api/v1/drafts/${id}`;
    const other = await server.citizen("Eva Jiná");
    const { cookie: staff } = await server.staff({ [DEMO_ORG]: ["admin", "officer"] });
    const apiKey = await server.apiKey(DEMO_ORG, ["back-office"]);
    const attempts = [
      await server.request({ method: "GET", url, cookie: other }),
      await server.request({ method: "GET", url, cookie: staff }),
      await server.request({ method: "GET", url, apiKey }),
      await server.request({ method: "GET", url, headers: { "x-resume-token": "x".repeat(43) } }),
      await server.request({ method: "GET", url }),
      await server.request({
        method: "GET",
        url: "/api/v1/drafts/00000000-0000-4000-8000-000000000000",
        cookie: jana,
      }),
    ];
    for (const attempt of attempts) {
      expect(attempt.statusCode).toBe(404);
      expect(attempt.body).not.toContain("rodné číslo");
    }
    expect(attempts[0]?.json()).toEqual(attempts[5]?.json());
    const save = await server.request({
      method: "PUT",
      url,
      cookie: other,
      payload: { data: {}, revision: 1 },
    });
    expect(save.statusCode).toBe(404);
    const stored = (await server.request({ method: "GET", url, cookie: jana })).json();
    expect(stored).toMatchObject({ revision: 1, data: { secret: "rodné číslo" } });
  });
});

describe("anonymous drafts", () => {
  it("are refused with a sentence where the form needs a sign-in", async () => {
    const response = await server.request({
      method: "POST",
      url: formUrl("kindergarten-enrolment"),
      payload: {},
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: "unauthenticated",
      message: expect.stringMatching(/sign in/i),
    });
    expect(
      await server.db.selectFrom("drafts").select("id").where("owner_subject", "is", null).execute(),
    ).toEqual([]);
  });

  it("are resumed with the resume token, given once and stored only as a hash", async () => {
    const created = await server.request({
      method: "POST",
      url: formUrl(ANONYMOUS_FORM),
      payload: { data: { message: "Díra v silnici" } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, resumeToken, expiresAt } = created.json();
    expect(resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThan(7.1 * 86_400_000);
    const row = await server.db
      .selectFrom("drafts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(resumeToken);
    expect(row.owner_subject).toBeNull();

    const headers = { "x-resume-token": resumeToken };
    const url = `/api/v1/drafts/${id}`;
    const resumed = await server.request({ method: "GET", url, headers });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json()).toMatchObject({ data: { message: "Díra v silnici" } });
    expect(resumed.json().resumeToken).toBeUndefined();
    const saved = await server.request({
      method: "PUT",
      url,
      headers,
      payload: { data: { message: "Díra" }, revision: 1 },
    });
    expect(saved.statusCode).toBe(200);

    const wrong = await server.request({
      method: "GET",
      url,
      headers: { "x-resume-token": `${resumeToken.slice(0, -1)}${resumeToken.endsWith("A") ? "B" : "A"}` },
    });
    expect(wrong.statusCode).toBe(404);
    expect((await server.request({ method: "GET", url, cookie: jana })).statusCode).toBe(404);
    expect((await server.request({ method: "DELETE", url, headers })).statusCode).toBe(204);
  });

  it("belong to the signed-in citizen, not to a token, when someone is signed in", async () => {
    const created = await startDraft(jana, ANONYMOUS_FORM);
    expect(created.resumeToken).toBeUndefined();
    const row = await server.db
      .selectFrom("drafts")
      .select(["owner_subject", "resume_token_hash"])
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.owner_subject).toMatch(/^demo:/);
    expect(row.resume_token_hash).toBeNull();
  });

  it("are not started for a form that does not exist", async () => {
    const response = await server.request({
      method: "POST",
      url: formUrl("no-such-form"),
      cookie: jana,
      payload: {},
    });
    expect(response.statusCode).toBe(404);
  });
});
