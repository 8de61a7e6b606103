import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dogData, submit } from "../src/submissions/test-kit.ts";
import { createTestServer, DEMO_ORG, type TestServer } from "./test-server.ts";

/**
 * One table-driven test over EVERY operation of the REST API: another organisation's staff and API
 * key, another citizen and an anonymous caller call each route with organisation A's ids, and get
 * nothing of A — an error status, no A identifiers in the body — and A's data stays unchanged.
 */
const OTHER_ORG = "other-town";
const FORM = "dog-registration";

let server: TestServer;
const markers: Record<string, string> = {};
let callers: Array<{ name: string; cookie?: string; apiKey?: string }>;
let snapshotOfA: () => Promise<unknown>;

/** Operations a caller may use for itself; they answer 2xx but must still show nothing of A. */
const SELF_SCOPED = new Set([
  "POST /api/v1/auth/login",
  "POST /api/v1/auth/logout",
  "GET /api/v1/auth/me",
  "GET /api/v1/citizen/me",
  "POST /api/v1/citizen/demo-sign-in",
  "POST /api/v1/citizen/sign-out",
  "GET /api/v1/citizen/drafts",
  "GET /api/v1/citizen/submissions",
  // Published content, public by design.
  "GET /api/v1/organisations/{organisation}/forms/{form}",
  "GET /api/v1/organisations/{organisation}/catalog",
]);

beforeAll(async () => {
  server = await createTestServer();
  const citizenA = await server.citizen("Citizen of A");
  const adminA = await server.staff({ [DEMO_ORG]: ["admin"] });
  const draft = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/forms/${FORM}/drafts`,
    cookie: citizenA,
    payload: { data: {} },
  });
  const key = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/api-keys`,
    cookie: adminA.cookie,
    payload: { name: "A's key", roles: ["back-office"] },
  });
  markers.apiKey = key.json().apiKey.id;
  const clerk = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/staff`,
    cookie: adminA.cookie,
    payload: { email: "clerk-of-a@dubova.example", name: "Clerk of A", roles: ["officer"] },
  });
  markers.staffMember = clerk.json().id;
  markers.staffEmail = clerk.json().email;
  const submitted = await submit(server, {
    form: FORM,
    cookie: citizenA,
    data: dogData(),
    key: "tenant-a-submission",
  });
  markers.submission = submitted.json().id;
  markers.caseNumber = submitted.json().caseNumber;
  markers.draft = draft.json().id;
  expect(
    Object.values(markers).every((marker) => typeof marker === "string" && marker.length > 5),
    JSON.stringify(markers),
  ).toBe(true);

  callers = [
    {
      name: "other organisation's admin",
      cookie: (await server.staff({ [OTHER_ORG]: ["admin", "author", "reviewer", "publisher", "officer"] }))
        .cookie,
    },
    {
      name: "other organisation's API key",
      apiKey: await server.apiKey(OTHER_ORG, ["back-office", "author", "publisher"]),
    },
    { name: "another citizen", cookie: await server.citizen("Someone else") },
    { name: "anonymous" },
  ];
  snapshotOfA = async () => ({
    drafts: await server.db
      .selectFrom("drafts")
      .select(["id", "revision", "data"])
      .where("organisation_id", "=", DEMO_ORG)
      .orderBy("id")
      .execute(),
    submissions: await server.db
      .selectFrom("submissions")
      .select(["id", "state"])
      .where("organisation_id", "=", DEMO_ORG)
      .orderBy("id")
      .execute(),
    versions: (
      await server.db
        .selectFrom("document_versions")
        .select("id")
        .where("organisation_id", "=", DEMO_ORG)
        .execute()
    ).length,
    workingCopies: await server.db
      .selectFrom("working_copies")
      .select(["document_id", "state"])
      .where("organisation_id", "=", DEMO_ORG)
      .execute(),
    staff: await server.db
      .selectFrom("memberships")
      .select(["user_id", "roles"])
      .where("organisation_id", "=", DEMO_ORG)
      .orderBy("user_id")
      .execute(),
    keys: await server.db
      .selectFrom("api_keys")
      .select(["id", "revoked_at"])
      .where("organisation_id", "=", DEMO_ORG)
      .execute(),
    archived: (
      await server.db
        .selectFrom("documents")
        .select("id")
        .where("organisation_id", "=", DEMO_ORG)
        .where("archived_at", "is not", null)
        .execute()
    ).length,
  });
});
afterAll(() => server.close());

function fillPath(path: string): string {
  const values: Record<string, string> = {
    organisation: DEMO_ORG,
    form: FORM,
    kind: "Form",
    version: "1",
    attachmentId: "AAAAAAAAAAAAAAAAAAAAAAAA",
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "id") {
      if (path.includes("/drafts/")) return markers.draft ?? "00000000-0000-0000-0000-000000000000";
      if (path.includes("/submissions/")) return markers.submission ?? "00000000-0000-0000-0000-000000000000";
      if (path.includes("/api-keys/")) return markers.apiKey ?? "00000000-0000-0000-0000-000000000000";
      if (path.includes("/staff/")) return markers.staffMember ?? "00000000-0000-0000-0000-000000000000";
      return FORM;
    }
    return values[name] ?? "x";
  });
}

describe("tenant isolation", () => {
  it("no endpoint gives another organisation, another citizen or an anonymous caller anything of organisation A", async () => {
    const document = (await server.request({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const before = await snapshotOfA();
    const checked: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      for (const method of Object.keys(operations)) {
        const operation = `${method.toUpperCase()} ${path}`;
        if (operation === "POST /api/v1/auth/login" || operation === "POST /api/v1/citizen/demo-sign-in")
          continue;
        for (const caller of callers) {
          const response = await server.request({
            method: method.toUpperCase() as "GET",
            url: fillPath(path),
            ...(method === "get" || method === "delete" ? {} : { payload: {} }),
            ...(caller.cookie ? { cookie: caller.cookie } : {}),
            ...(caller.apiKey ? { apiKey: caller.apiKey } : {}),
            headers: { "idempotency-key": "tenant-isolation-key" },
          });
          const where = `${operation} as ${caller.name} → ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (!SELF_SCOPED.has(operation))
            expect([400, 401, 403, 404, 405, 415, 429], where).toContain(response.statusCode);
          for (const marker of Object.values(markers).filter(Boolean))
            expect(response.body, where).not.toContain(marker);
        }
        checked.push(operation);
      }
    }
    expect(checked.length).toBeGreaterThan(35);
    expect(await snapshotOfA()).toEqual(before);
  });
});
