import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { insertSubmission } from "./submission-repository.ts";
import { countSubmissions, dogData, ORG, publishFeedbackForm, submit } from "./test-kit.ts";

let server: TestServer;
let citizen: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen("Jana Nováková");
  await publishFeedbackForm(server, "feedback");
  await publishFeedbackForm(server, "signed-feedback", { allowAnonymous: false });
});
afterAll(() => server?.close());

const storedData = async (id: string) =>
  (await server.db.selectFrom("submissions").select("data").where("id", "=", id).executeTakeFirstOrThrow())
    .data;

describe("submitting a demo form", () => {
  it("creates a case with a number from the form's pattern, its first history entry and its deliveries", async () => {
    const response = await submit(server, { form: "dog-registration", data: dogData(), cookie: citizen });
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    const year = new Date().getUTCFullYear();
    expect(receipt).toEqual({
      id: expect.any(String),
      caseNumber: `PS-${year}-00001`,
      state: "submitted",
      submittedAt: expect.any(String),
      formVersion: 1,
      receiptUrl: `/api/v1/submissions/${receipt.id}/receipt`,
    });
    expect(receipt.resumeToken).toBeUndefined();
    expect(await storedData(receipt.id)).toEqual(dogData());
    const history = await server.db
      .selectFrom("case_state_history")
      .select(["state", "actor"])
      .where("submission_id", "=", receipt.id)
      .execute();
    expect(history).toEqual([{ state: "submitted", actor: expect.stringMatching(/^citizen:/) }]);
    const outbox = await server.db
      .selectFrom("outbox")
      .select(["route_id", "connector", "state"])
      .where("submission_id", "=", receipt.id)
      .orderBy("route_id")
      .execute();
    expect(outbox).toEqual([
      { route_id: "fee-register", connector: "postgres-table", state: "pending" },
      { route_id: "fees-office", connector: "email", state: "pending" },
    ]);
  });

  it("refuses answers that break the schema with the path of each problem, and stores nothing", async () => {
    const before = await countSubmissions(server);
    const data = dogData({
      owner: { email: "not an e-mail", givenName: undefined },
      dog: { chipNumber: "123" },
    });
    const response = await submit(server, { form: "dog-registration", data, cookie: citizen });
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe("invalid-submission");
    expect(error.message).toMatch(/^The answers do not match the form: \//);
    const paths = error.details.errors.map((item: { path: string }) => item.path);
    expect(paths).toEqual(expect.arrayContaining(["/owner/email", "/dogs/0/chipNumber", "/owner/givenName"]));
    expect(await countSubmissions(server)).toBe(before);
  });

  it("asks for a field the logic shows, and drops the answers the logic hides", async () => {
    const shown = dogData({ dog: { keptAtOwnerAddress: "no" } });
    const missing = await submit(server, { form: "dog-registration", data: shown, cookie: citizen });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.errors).toContainEqual({
      path: "/dogs/0/keptAt",
      message: "is required",
    });

    const hidden = dogData({
      dog: { keptAt: "Zahradní 18, Dubová", adoptionContract: "not-uploaded-1" },
      reduction: { pensionDecision: "not-uploaded-2", ztppCard: ["x"] },
    });
    const response = await submit(server, { form: "dog-registration", data: hidden, cookie: citizen });
    expect(response.statusCode).toBe(201);
    expect(await storedData(response.json().id)).toEqual(dogData());
  });

  it("needs a signed-in citizen for a form that is not open to anonymous use", async () => {
    const before = await countSubmissions(server);
    const response = await submit(server, { form: "dog-registration", data: dogData() });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/^Sign in/);
    const withToken = await submit(server, {
      form: "signed-feedback",
      data: { topic: "other", message: "hi" },
      resumeToken: "t".repeat(40),
    });
    expect(withToken.statusCode).toBe(401);
    expect(await countSubmissions(server)).toBe(before);
  });

  it("says which form or organisation does not exist", async () => {
    const form = await submit(server, { form: "no-such-form", data: {}, cookie: citizen });
    expect(form.statusCode).toBe(404);
    expect(form.json().error.message).toContain("no-such-form");
    const organisation = await submit(server, { form: "feedback", data: {}, organisation: "elsewhere" });
    expect(organisation.statusCode).toBe(404);
  });

  it("needs an Idempotency-Key of 8 to 100 characters", async () => {
    const url = `/api/v1/organisations/${ORG}/forms/feedback/submissions`;
    const payload = { data: { topic: "other", message: "hi" }, locale: "en" };
    const none = await server.request({ method: "POST", url, payload });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain("idempotency-key");
    const short = await server.request({
      method: "POST",
      url,
      payload,
      headers: { "idempotency-key": "short" },
    });
    expect(short.statusCode).toBe(400);
  });
});

describe("routes with conditions", () => {
  it("get an outbox row only when their condition holds", async () => {
    const roads = await submit(server, {
      form: "feedback",
      data: { topic: "roads", message: "Pothole", street: "Lipová" },
    });
    const noise = await submit(server, { form: "feedback", data: { topic: "noise", message: "Loud bar" } });
    const routesOf = async (id: string) =>
      (
        await server.db
          .selectFrom("outbox")
          .select("route_id")
          .where("submission_id", "=", id)
          .orderBy("route_id")
          .execute()
      ).map((row) => row.route_id);
    expect(await routesOf(roads.json().id)).toEqual(["archive", "roads-office"]);
    expect(await routesOf(noise.json().id)).toEqual(["archive"]);
  });
});

describe("storing a case", () => {
  it("writes the first history entry and no delivery when no route applies", async () => {
    const form = await server.db
      .selectFrom("document_versions")
      .select("id")
      .where("organisation_id", "=", ORG)
      .where("document_id", "=", "feedback")
      .executeTakeFirstOrThrow();
    const at = new Date("2026-05-04T03:02:01.123Z");
    const row = await insertSubmission(
      server.db,
      {
        organisation_id: ORG,
        form_id: "feedback",
        form_version_id: form.id,
        case_number: `NO-ROUTES-${randomUUID()}`,
        owner_subject: "someone",
        resume_token_hash: null,
        idempotency_key: randomUUID(),
        data: JSON.stringify({ topic: "other", message: "x" }),
        locale: "cs",
        state: "submitted",
        submitted_at: at,
      },
      { actor: "citizen:someone", routes: [] },
    );
    if (!row) throw new Error("not stored");
    const history = await server.db
      .selectFrom("case_state_history")
      .select(["state", "note", "actor", "at"])
      .where("submission_id", "=", row.id)
      .execute();
    expect(history).toEqual([{ state: "submitted", note: null, actor: "citizen:someone", at }]);
    const outbox = await server.db
      .selectFrom("outbox")
      .select("id")
      .where("submission_id", "=", row.id)
      .execute();
    expect(outbox).toEqual([]);
  });
});

describe("hostile input", () => {
  it("refuses a body that tries to set __proto__", async () => {
    const response = await server.request({
      method: "POST",
      url: `/api/v1/organisations/${ORG}/forms/feedback/submissions`,
      headers: { "idempotency-key": "proto-attempt-1", "content-type": "application/json" },
      payload: '{"data":{"topic":"other","message":"x","__proto__":{"isAdmin":true}},"locale":"en"}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("bad-request");
  });

  it("stores markup verbatim as text and returns it as a JSON string", async () => {
    const message = `<script>alert("x")</script>{{constructor}}`;
    const response = await submit(server, { form: "feedback", data: { topic: "other", message } });
    expect(response.statusCode).toBe(201);
    const { id } = response.json();
    expect(await storedData(id)).toEqual({ topic: "other", message });
    const staff = await server.staff({ [ORG]: ["officer"] });
    const read = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${ORG}/submissions/${id}`,
      cookie: staff.cookie,
    });
    expect(read.headers["content-type"]).toMatch(/^application\/json/);
    expect(read.json().data.message).toBe(message);
  });

  it("refuses a 10 MB body before reading it", async () => {
    const before = await countSubmissions(server);
    const response = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "x".repeat(10_000_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload-too-large");
    expect(await countSubmissions(server)).toBe(before);
  });

  it("refuses what the database cannot hold: NUL characters and absurd nesting", async () => {
    const nul = await submit(server, { form: "feedback", data: { topic: "other", message: "a\u0000b" } });
    expect(nul.statusCode).toBe(422);
    expect(nul.json().error.details.errors).toEqual([
      { path: "/message", message: "must not contain a NUL character" },
    ]);
    for (const depth of [40, 100_000]) {
      const deep = `${"[".repeat(depth)}"bottom"${"]".repeat(depth)}`;
      const nested = await server.request({
        method: "POST",
        url: `/api/v1/organisations/${ORG}/forms/feedback/submissions`,
        headers: { "idempotency-key": `deep-nesting-${depth}`, "content-type": "application/json" },
        payload: `{"data":{"topic":"other","message":"x","extra":${deep}},"locale":"en"}`,
      });
      expect(nested.statusCode).toBe(422);
      expect(nested.json().error.message).toContain("nested");
    }
  });
});
