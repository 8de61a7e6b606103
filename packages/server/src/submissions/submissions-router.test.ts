import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { dogData, ORG, publishFeedbackForm } from "./test-kit.ts";

let server: TestServer;
let citizen: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen();
  await publishFeedbackForm(server, "feedback");
});
afterAll(() => server?.close());

const mutation = (name: string, input: unknown, cookie?: string) =>
  server.request({
    method: "POST",
    url: `/trpc/submissions.${name}`,
    payload: input as object,
    ...(cookie ? { cookie } : {}),
  });
const query = (name: string, input: unknown, cookie?: string) =>
  server.request({
    method: "GET",
    url: `/trpc/submissions.${name}?input=${encodeURIComponent(JSON.stringify(input))}`,
    ...(cookie ? { cookie } : {}),
  });

describe("the submissions procedures of the citizen runtime", () => {
  it("submit once per idempotency key, then get, list and withdraw", async () => {
    const input = {
      organisation: ORG,
      form: "dog-registration",
      data: dogData(),
      locale: "cs",
      idempotencyKey: randomUUID(),
    };
    const first = await mutation("submit", input, citizen);
    expect(first.statusCode).toBe(200);
    const receipt = first.json().result.data;
    expect(receipt).toMatchObject({
      caseNumber: expect.stringMatching(/^PS-\d{4}-\d{5}$/),
      state: "submitted",
      created: true,
    });
    const retry = await mutation("submit", input, citizen);
    expect(retry.json().result.data).toEqual({ ...receipt, created: false });

    const got = await query("get", { id: receipt.id }, citizen);
    expect(got.json().result.data).toMatchObject({
      id: receipt.id,
      data: dogData(),
      history: [{ state: "submitted" }],
    });
    const mine = await query("listMine", {}, citizen);
    expect(mine.json().result.data.map((item: { id: string }) => item.id)).toEqual([receipt.id]);

    const withdrawn = await mutation("withdraw", { id: receipt.id, note: "By mistake" }, citizen);
    expect(withdrawn.json().result.data).toMatchObject({ state: "withdrawn" });
    const again = await mutation("withdraw", { id: receipt.id }, citizen);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.data.appCode).toBe("invalid-state-transition");
  });

  it("let an anonymous citizen use the resume token they were given", async () => {
    const submitted = await mutation("submit", {
      organisation: ORG,
      form: "feedback",
      data: { topic: "noise", message: "Night works" },
      locale: "en",
      idempotencyKey: randomUUID(),
    });
    const { id, resumeToken } = submitted.json().result.data;
    expect(resumeToken).toEqual(expect.any(String));
    const got = await query("get", { id, resumeToken });
    expect(got.json().result.data.id).toBe(id);
    const mine = await query("listMine", { resumeToken });
    expect(mine.json().result.data.map((item: { id: string }) => item.id)).toEqual([id]);
    const stranger = await query("get", { id }, await server.citizen("Someone Else"));
    expect(stranger.statusCode).toBe(404);
  });

  it("report errors with the application's code and details", async () => {
    const invalid = await mutation(
      "submit",
      {
        organisation: ORG,
        form: "feedback",
        data: { topic: "weather" },
        locale: "en",
        idempotencyKey: randomUUID(),
      },
      citizen,
    );
    expect(invalid.statusCode).toBe(422);
    const error = invalid.json().error;
    expect(error.data.appCode).toBe("invalid-submission");
    expect(error.data.details.errors).toEqual(
      expect.arrayContaining([
        { path: "/topic", message: expect.any(String) },
        { path: "/message", message: expect.any(String) },
      ]),
    );
    const anonymous = await mutation("submit", {
      organisation: ORG,
      form: "dog-registration",
      data: dogData(),
      locale: "cs",
      idempotencyKey: randomUUID(),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.data.appCode).toBe("unauthenticated");
  });
});
