import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../testing/fake-api.ts";
import { memoryStorage } from "../testing/memory-storage.ts";
import { resumeTokens } from "./resume-tokens.ts";
import { submitApplication } from "./submit-application.ts";

const DRAFT = "6f1c2b4e-0000-4000-8000-00000000000a";
const SUBMITTED = "9a1c2b4e-0000-4000-8000-000000000001";
const URL = "POST /organisations/dubova/forms/kindergarten-enrolment/submissions";
const receipt = {
  id: SUBMITTED,
  caseNumber: "MS-2026-0001",
  state: "submitted",
  submittedAt: "",
  formVersion: 1,
};

afterEach(() => vi.unstubAllGlobals());

function setUp(answers: Array<{ status: number; body?: unknown } | "network">) {
  let call = 0;
  const api = fakeApi({
    [URL]: () => {
      const answer = answers[Math.min(call++, answers.length - 1)];
      if (answer === "network") throw new TypeError("Failed to fetch");
      return answer ?? { status: 500 };
    },
  });
  vi.stubGlobal("fetch", api.fetch);
  const keys = memoryStorage();
  const tokens = resumeTokens(memoryStorage());
  const submit = (data: Record<string, unknown>, resumeToken?: string) =>
    submitApplication({
      organisation: "dubova",
      form: "kindergarten-enrolment",
      draftId: DRAFT,
      data,
      locale: "cs",
      resumeToken,
      tokens,
      keys,
    });
  const keysSent = () => api.requests.map((request) => request.headers["idempotency-key"]);
  return { api, submit, keysSent, tokens };
}

describe("submitApplication", () => {
  it("makes a double click one request: both clicks get the same submission", async () => {
    const { submit, keysSent } = setUp([{ status: 201, body: receipt }]);
    const [first, second] = await Promise.all([submit({ a: 1 }), submit({ a: 1 })]);
    expect(keysSent()).toHaveLength(1);
    expect(first.caseNumber).toBe("MS-2026-0001");
    expect(second).toBe(first);
  });

  it("retries with the same key after a lost answer, so the server can tell it is the same submission", async () => {
    const { submit, keysSent } = setUp(["network", { status: 200, body: receipt }]);
    await expect(submit({ a: 1 })).rejects.toThrow("Failed to fetch");
    await submit({ a: 1 });
    const [first, retry] = keysSent();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(retry).toBe(first);
  });

  it("uses a new key once the answers changed", async () => {
    const refused = {
      status: 422,
      body: { error: { code: "invalid-submission", message: "Postal code is wrong" } },
    };
    const { submit, keysSent } = setUp([refused, { status: 201, body: receipt }]);
    await expect(submit({ postalCode: "1" })).rejects.toThrow("Postal code is wrong");
    await submit({ postalCode: "386 01" });
    const [first, second] = keysSent();
    expect(second).not.toBe(first);
  });

  it("sends the draft, the language and an anonymous owner's token, and keeps the token for the case page", async () => {
    const token = "t".repeat(43);
    const { api, submit, tokens } = setUp([{ status: 201, body: receipt }]);
    tokens.keepDraft("dubova", "kindergarten-enrolment", { draftId: DRAFT, token });
    await submit({ a: 1 }, token);
    expect(api.requests[0]?.body).toEqual({ data: { a: 1 }, locale: "cs", draftId: DRAFT });
    expect(api.requests[0]?.headers["x-resume-token"]).toBe(token);
    expect(tokens.submission(SUBMITTED)).toBe(token);
    expect(tokens.draft("dubova", "kindergarten-enrolment")).toBeUndefined();
  });
});
