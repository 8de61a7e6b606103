import { DOCUMENT_SCHEMAS } from "@civitas/definitions";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { getPublishedVersion, publishVersion } from "../registry/document-store.ts";
import { deleteExpiredDrafts } from "./delete-expired-drafts.ts";

let server: TestServer;
let citizen: string;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen("Marie Dlouhá");
});
afterAll(() => server.close());

const DAY = 86_400_000;

async function startDraft(form: string) {
  const response = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/forms/${form}/drafts`,
    cookie: citizen,
    payload: { data: { started: true } },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; expiresAt: string; formVersion: number };
}

/** Moves a draft's clock: last changed `daysAgo`, expiring `expiresInDays` from now (negative: past). */
async function age(id: string, daysAgo: number, expiresInDays: number) {
  await server.db
    .updateTable("drafts")
    .set({
      updated_at: sql<Date>`now() - make_interval(days => ${daysAgo}::int)`,
      expires_at: sql<Date>`now() + make_interval(secs => ${expiresInDays * 86_400}::float8)`,
    })
    .where("id", "=", id)
    .execute();
}

describe("draft expiry", () => {
  it("is the form's retention counted from the last save", async () => {
    // The resident parking permit keeps drafts for 14 days.
    const draft = await startDraft("resident-parking-permit");
    const startedIn = new Date(draft.expiresAt).getTime() - Date.now();
    expect(startedIn).toBeGreaterThan(13.9 * DAY);
    expect(startedIn).toBeLessThan(14.1 * DAY);

    await age(draft.id, 12, 2);
    const saved = await server.request({
      method: "PUT",
      url: `/api/v1/drafts/${draft.id}`,
      cookie: citizen,
      payload: { data: { started: true, more: 1 }, revision: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const renewedIn = new Date(saved.json().expiresAt).getTime() - Date.now();
    expect(renewedIn).toBeGreaterThan(13.9 * DAY);
    expect(renewedIn).toBeLessThan(14.1 * DAY);
  });

  it("is kept on the draft from the form version it is pinned to", async () => {
    const draft = await startDraft("resident-parking-permit");
    const row = await server.db
      .selectFrom("drafts")
      .select("retention_days")
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ retention_days: 14 });
  });

  it("makes a draft gone (410, saying when) for reading, saving and its files, and hides it from the list", async () => {
    const draft = await startDraft("kindergarten-enrolment");
    await age(draft.id, 31, -1 / 24);
    const url = `/api/v1/drafts/${draft.id}`;
    const read = await server.request({ method: "GET", url, cookie: citizen });
    expect(read.statusCode).toBe(410);
    const { error } = read.json();
    expect(error.code).toBe("gone");
    expect(error.message).toContain(error.details.expiredAt);
    expect(Date.now() - new Date(error.details.expiredAt).getTime()).toBeGreaterThan(0.9 * 3_600_000);

    const save = await server.request({
      method: "PUT",
      url,
      cookie: citizen,
      payload: { data: { x: 1 }, revision: 1 },
    });
    expect(save.statusCode).toBe(410);
    const files = await server.request({ method: "GET", url: `${url}/attachments`, cookie: citizen });
    expect(files.statusCode).toBe(410);
    const stored = await server.db
      .selectFrom("drafts")
      .select(["revision", "data"])
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ revision: 1, data: { started: true } });

    const mine = (
      await server.request({ method: "GET", url: "/api/v1/citizen/drafts", cookie: citizen })
    ).json();
    expect(mine.drafts.map((listed: { id: string }) => listed.id)).not.toContain(draft.id);

    const stranger = await server.citizen("Cizí Člověk");
    expect((await server.request({ method: "GET", url, cookie: stranger })).statusCode).toBe(404);
  });

  it("lets deleteExpiredDrafts remove expired drafts with their files and keep live ones", async () => {
    const expired = await startDraft("dog-registration");
    const live = await startDraft("dog-registration");
    const organisation = DEMO_ORG;
    await server.db
      .insertInto("attachments")
      .values({
        id: "expiredfile0001",
        organisation_id: organisation,
        draft_id: expired.id,
        field_path: "reduction.ztppCard",
        filename: "card.pdf",
        content_type: "application/pdf",
        size: 3,
        sha256: "0".repeat(64),
        content: Buffer.from("pdf"),
      })
      .execute();
    await age(expired.id, 40, -10);

    expect(await deleteExpiredDrafts(server.db)).toBeGreaterThanOrEqual(1);
    const left = await server.db
      .selectFrom("drafts")
      .select("id")
      .where("id", "in", [expired.id, live.id])
      .execute();
    expect(left).toEqual([{ id: live.id }]);
    const files = await server.db
      .selectFrom("attachments")
      .select("id")
      .where("id", "=", "expiredfile0001")
      .execute();
    expect(files).toEqual([]);
    expect(
      (await server.request({ method: "GET", url: `/api/v1/drafts/${expired.id}`, cookie: citizen }))
        .statusCode,
    ).toBe(404);
    expect(await deleteExpiredDrafts(server.db)).toBe(0);
  });
});

describe("the pinned form version", () => {
  it("stays the one the draft started on when a new version is published", async () => {
    const before = await startDraft("waste-collection-fee");
    const current = await getPublishedVersion(server.db, {
      organisationId: DEMO_ORG,
      kind: "Form",
      documentId: "waste-collection-fee",
    });
    const changed = DOCUMENT_SCHEMAS.Form.parse({
      ...current.content,
      spec: { ...current.content.spec, name: { ...current.content.spec.name, en: "Waste fee (new)" } },
    });
    const published = await publishVersion(server.db, changed, "test");
    expect(published.version).toBe(before.formVersion + 1);

    const after = await startDraft("waste-collection-fee");
    expect(after.formVersion).toBe(published.version);
    const resumed = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${before.id}`,
      cookie: citizen,
    });
    expect(resumed.json().formVersion).toBe(before.formVersion);
    const saved = await server.request({
      method: "PUT",
      url: `/api/v1/drafts/${before.id}`,
      cookie: citizen,
      payload: { data: { kept: true }, revision: 1 },
    });
    expect(saved.statusCode).toBe(200);
    const mine = (
      await server.request({ method: "GET", url: "/api/v1/citizen/drafts?lang=en", cookie: citizen })
    ).json();
    const names = Object.fromEntries(
      mine.drafts.map((listed: { id: string; formName: string }) => [listed.id, listed.formName]),
    );
    expect(names[after.id]).toBe("Waste fee (new)");
    expect(names[before.id]).not.toBe("Waste fee (new)");
  });
});
