import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import {
  countSubmissions,
  createDraft,
  dogData,
  newResumeToken,
  publishFeedbackForm,
  subjectOf,
  submit,
} from "./test-kit.ts";

let server: TestServer;
let citizen: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen();
  await publishFeedbackForm(server, "feedback");
  await publishFeedbackForm(server, "burst", { caseNumber: "BU-{year}-{seq:4}" });
});
afterAll(() => server?.close());

describe("a retry with the same Idempotency-Key", () => {
  it("by the same citizen with the same answers returns the same submission", async () => {
    const key = randomUUID();
    const first = await submit(server, { form: "dog-registration", data: dogData(), key, cookie: citizen });
    const before = await countSubmissions(server);
    const { owner, dogs, reduction, declarations } = dogData();
    const reordered = { declarations, reduction, dogs, owner };
    const retry = await submit(server, { form: "dog-registration", data: reordered, key, cookie: citizen });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await countSubmissions(server)).toBe(before);
  });

  it("returns the submission even after its draft was consumed", async () => {
    const draftId = await createDraft(server, "feedback", { subject: await subjectOf(server, citizen) });
    const key = randomUUID();
    const data = { topic: "other", message: "from a draft" };
    const first = await submit(server, { form: "feedback", data, key, cookie: citizen, draftId });
    const retry = await submit(server, { form: "feedback", data, key, cookie: citizen, draftId });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json().id).toBe(first.json().id);
  });

  it("returns the submission even when the form changed so that its answers no longer pass", async () => {
    await publishFeedbackForm(server, "changing");
    const key = randomUUID();
    const data = { topic: "other", message: "no severity" };
    const first = await submit(server, { form: "changing", data, key, cookie: citizen });
    await publishFeedbackForm(server, "changing", { requireSeverity: true });
    const retry = await submit(server, { form: "changing", data, key, cookie: citizen });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json()).toEqual(first.json());
    const fresh = await submit(server, { form: "changing", data, cookie: citizen });
    expect(fresh.statusCode).toBe(422);
  });

  it("with other answers, for another form or by someone else is a conflict", async () => {
    const key = randomUUID();
    await submit(server, { form: "dog-registration", data: dogData(), key, cookie: citizen });
    const before = await countSubmissions(server);
    const changed = dogData({ dog: { name: "Max" } });
    const otherData = await submit(server, { form: "dog-registration", data: changed, key, cookie: citizen });
    expect(otherData.statusCode).toBe(409);
    expect(otherData.json().error.code).toBe("idempotency-conflict");
    const otherForm = await submit(server, {
      form: "feedback",
      data: { topic: "other", message: "x" },
      key,
      cookie: citizen,
    });
    expect(otherForm.statusCode).toBe(409);
    const someoneElse = await server.citizen("Petr Svoboda");
    const otherOwner = await submit(server, {
      form: "dog-registration",
      data: dogData(),
      key,
      cookie: someoneElse,
    });
    expect(otherOwner.statusCode).toBe(409);
    expect(otherOwner.body).not.toContain("Nováková");
    expect(await countSubmissions(server)).toBe(before);
  });

  it("works for an anonymous citizen who presents their resume token", async () => {
    const key = randomUUID();
    const resumeToken = newResumeToken();
    const data = { topic: "noise", message: "Night works" };
    const first = await submit(server, { form: "feedback", data, key, resumeToken });
    const retry = await submit(server, { form: "feedback", data, key, resumeToken });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json().id).toBe(first.json().id);
    const withoutToken = await submit(server, { form: "feedback", data, key });
    expect(withoutToken.statusCode).toBe(409);
  });
});

describe("under concurrency", () => {
  it("20 parallel requests with one key make exactly one submission", async () => {
    const key = randomUUID();
    const before = await countSubmissions(server);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        submit(server, { form: "dog-registration", data: dogData(), key, cookie: citizen }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(19);
    expect(new Set(responses.map((response) => response.json().id)).size).toBe(1);
    expect(await countSubmissions(server)).toBe(before + 1);
  }, 30_000);

  it("100 parallel submissions get 100 distinct, consecutive case numbers", async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        submit(server, { form: "burst", data: { topic: "other", message: `burst ${i}` }, cookie: citizen }),
      ),
    );
    expect(responses.every((response) => response.statusCode === 201)).toBe(true);
    const year = new Date().getUTCFullYear();
    const numbers = responses.map((response) => response.json().caseNumber as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 100 }, (_, i) => `BU-${year}-${String(i + 1).padStart(4, "0")}`),
    );
  }, 30_000);
});
