import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { hashToken } from "../auth/tokens.ts";
import {
  countSubmissions,
  createAttachment,
  createDraft,
  newResumeToken,
  publishFeedbackForm,
  subjectOf,
  submit,
} from "./test-kit.ts";

let server: TestServer;
let citizen: string;
let subject: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen();
  subject = await subjectOf(server, citizen);
  await publishFeedbackForm(server, "feedback");
});
afterAll(() => server?.close());

const draftExists = async (id: string) =>
  (await server.db.selectFrom("drafts").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
const attachmentRow = (id: string) =>
  server.db
    .selectFrom("attachments")
    .select(["draft_id", "submission_id"])
    .where("id", "=", id)
    .executeTakeFirst();

describe("anonymous submissions", () => {
  it("get a resume token once, stored only as its hash, which then opens the submission", async () => {
    const response = await submit(server, { form: "feedback", data: { topic: "other", message: "Hello" } });
    expect(response.statusCode).toBe(201);
    const { id, resumeToken } = response.json();
    expect(resumeToken).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const row = await server.db
      .selectFrom("submissions")
      .select(["owner_subject", "resume_token_hash"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ owner_subject: null, resume_token_hash: hashToken(resumeToken) });

    const url = `/api/v1/submissions/${id}`;
    const mine = await server.request({ method: "GET", url, headers: { "x-resume-token": resumeToken } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id, data: { topic: "other", message: "Hello" } });
    const nobody = await server.request({ method: "GET", url });
    expect(nobody.statusCode).toBe(401);
    const other = await server.request({
      method: "GET",
      url,
      headers: { "x-resume-token": newResumeToken() },
    });
    expect(other.statusCode).toBe(404);
  });

  it("keep the owner of the draft's resume token and consume the draft", async () => {
    const token = newResumeToken();
    const draftId = await createDraft(server, "feedback", { resumeToken: token });
    const response = await submit(server, {
      form: "feedback",
      data: { topic: "noise", message: "Loud" },
      draftId,
      resumeToken: token,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().resumeToken).toBeUndefined();
    const row = await server.db
      .selectFrom("submissions")
      .select("resume_token_hash")
      .where("id", "=", response.json().id)
      .executeTakeFirstOrThrow();
    expect(row.resume_token_hash).toBe(hashToken(token));
    expect(await draftExists(draftId)).toBe(false);
  });
});

describe("submitting a draft", () => {
  it("validates against the version the draft is pinned to, not a newer one", async () => {
    await publishFeedbackForm(server, "pinned");
    const draftId = await createDraft(server, "pinned", { subject });
    await publishFeedbackForm(server, "pinned", { requireSeverity: true });
    const data = { topic: "other", message: "No severity" };
    const latest = await submit(server, { form: "pinned", data, cookie: citizen });
    expect(latest.statusCode).toBe(422);
    expect(latest.json().error.details.errors).toContainEqual({
      path: "/severity",
      message: expect.any(String),
    });
    const pinned = await submit(server, { form: "pinned", data, cookie: citizen, draftId });
    expect(pinned.statusCode).toBe(201);
    expect(pinned.json().formVersion).toBe(1);
    const fresh = await submit(server, { form: "pinned", data: { ...data, severity: 2 }, cookie: citizen });
    expect(fresh.json().formVersion).toBe(2);
  });

  it("moves the attachments the answers use to the submission and drops the rest", async () => {
    const draftId = await createDraft(server, "feedback", { subject });
    const used = await createAttachment(server, draftId);
    const listed = await createAttachment(server, draftId, "documents");
    const unused = await createAttachment(server, draftId);
    const response = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "See photo", photo: used, documents: [listed] },
      cookie: citizen,
      draftId,
    });
    expect(response.statusCode).toBe(201);
    expect(await attachmentRow(used)).toEqual({ draft_id: null, submission_id: response.json().id });
    expect(await attachmentRow(listed)).toEqual({ draft_id: null, submission_id: response.json().id });
    expect(await attachmentRow(unused)).toBeUndefined();
    expect(await draftExists(draftId)).toBe(false);
  });

  it("refuses an attachment of another draft, or one without a draft, and changes nothing", async () => {
    const draftId = await createDraft(server, "feedback", { subject });
    const own = await createAttachment(server, draftId);
    const otherDraft = await createDraft(server, "feedback", { subject });
    const foreign = await createAttachment(server, otherDraft);
    const before = await countSubmissions(server);

    const response = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "x", photo: foreign },
      cookie: citizen,
      draftId,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.errors).toEqual([{ path: "/photo", message: expect.any(String) }]);
    const otherField = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "x", documents: [own] },
      cookie: citizen,
      draftId,
    });
    expect(otherField.statusCode).toBe(422);
    expect(otherField.json().error.details.errors).toEqual([
      { path: "/documents/0", message: "refers to a file uploaded for another field" },
    ]);
    const withoutDraft = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "x", photo: own },
      cookie: citizen,
    });
    expect(withoutDraft.statusCode).toBe(422);

    expect(await countSubmissions(server)).toBe(before);
    expect(await draftExists(draftId)).toBe(true);
    expect(await attachmentRow(own)).toEqual({ draft_id: draftId, submission_id: null });
    expect(await attachmentRow(foreign)).toEqual({ draft_id: otherDraft, submission_id: null });
  });

  it("finds only the owner's own, unexpired draft of that form", async () => {
    const data = { topic: "other", message: "x" };
    const othersDraft = await createDraft(server, "feedback", { subject: "someone-else" });
    const asOther = await submit(server, { form: "feedback", data, cookie: citizen, draftId: othersDraft });
    expect(asOther.statusCode).toBe(404);
    const anonymous = await submit(server, { form: "feedback", data, draftId: othersDraft });
    expect(anonymous.statusCode).toBe(401);

    const dogDraft = await createDraft(server, "dog-registration", { subject });
    const wrongForm = await submit(server, { form: "feedback", data, cookie: citizen, draftId: dogDraft });
    expect(wrongForm.statusCode).toBe(404);

    const expired = await createDraft(
      server,
      "feedback",
      { subject },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const late = await submit(server, { form: "feedback", data, cookie: citizen, draftId: expired });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.message).toContain("expired");
  });

  it("cannot submit the same draft twice under different keys", async () => {
    const draftId = await createDraft(server, "feedback", { subject });
    const data = { topic: "other", message: "once" };
    const before = await countSubmissions(server);
    const results = await Promise.all(
      [1, 2, 3].map(() => submit(server, { form: "feedback", data, cookie: citizen, draftId })),
    );
    const statuses = results.map((result) => result.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    // Whoever comes later finds the draft gone (404), or loses the race to consume it (409).
    expect(
      statuses.filter((status) => status !== 201).every((status) => status === 404 || status === 409),
    ).toBe(true);
    expect(await countSubmissions(server)).toBe(before + 1);
  });
});
