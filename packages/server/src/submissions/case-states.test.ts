import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { dogData, ORG, submit } from "./test-kit.ts";

let server: TestServer;
let citizen: string;
let officer: { cookie: string; email: string };
let backOffice: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen();
  officer = await server.staff({ [ORG]: ["officer"] });
  backOffice = await server.apiKey(ORG, ["back-office"]);
});
afterAll(() => server?.close());

const newCase = async (cookie = citizen): Promise<{ id: string; caseNumber: string }> =>
  (await submit(server, { form: "dog-registration", data: dogData(), cookie })).json();

const setState = (
  id: string,
  body: object,
  auth: { apiKey?: string; cookie?: string } = { apiKey: backOffice },
) =>
  server.request({
    method: "POST",
    url: `/api/v1/organisations/${ORG}/submissions/${id}/state`,
    payload: body,
    ...auth,
  });

describe("the back office", () => {
  it("moves a case along legal transitions, recording who did it, with its own reference", async () => {
    const { id } = await newCase();
    const processing = await setState(id, {
      state: "in-processing",
      note: "Assigned to fees",
      reference: "POPL-77/2026",
    });
    expect(processing.statusCode).toBe(200);
    expect(processing.json()).toMatchObject({ state: "in-processing", externalReference: "POPL-77/2026" });

    const asked = await setState(
      id,
      { state: "more-information-requested", note: "Send the vaccination record" },
      officer,
    );
    expect(asked.statusCode).toBe(200);
    const answered = await setState(id, { state: "in-processing" }, officer);
    expect(answered.json().externalReference).toBe("POPL-77/2026");
    await setState(id, { state: "answered", note: "Dog tag no. 118" });

    const detail = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${ORG}/submissions/${id}`,
      cookie: officer.cookie,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().history).toEqual([
      { state: "submitted", note: null, actor: expect.stringMatching(/^citizen:/), at: expect.any(String) },
      {
        state: "in-processing",
        note: "Assigned to fees",
        actor: expect.stringMatching(/^api-key:/),
        at: expect.any(String),
      },
      {
        state: "more-information-requested",
        note: "Send the vaccination record",
        actor: `staff:${officer.email}`,
        at: expect.any(String),
      },
      { state: "in-processing", note: null, actor: `staff:${officer.email}`, at: expect.any(String) },
      {
        state: "answered",
        note: "Dog tag no. 118",
        actor: expect.stringMatching(/^api-key:/),
        at: expect.any(String),
      },
    ]);
    expect(detail.json().data).toEqual(dogData());
    expect(detail.json().deliveries).toEqual([
      expect.objectContaining({
        routeId: "fee-register",
        connector: "postgres-table",
        state: "pending",
        attempts: 0,
      }),
      expect.objectContaining({
        routeId: "fees-office",
        connector: "email",
        state: "pending",
        deliveredAt: null,
      }),
    ]);

    const mine = await server.request({ method: "GET", url: `/api/v1/submissions/${id}`, cookie: citizen });
    expect(mine.json()).toMatchObject({ state: "answered", externalReference: "POPL-77/2026" });
    expect(mine.json().history.map((entry: { state: string }) => entry.state)).toEqual([
      "submitted",
      "in-processing",
      "more-information-requested",
      "in-processing",
      "answered",
    ]);
    expect(mine.body).not.toContain(officer.email);
  });

  it("refuses an illegal move with the current state and the allowed ones, and changes nothing", async () => {
    const { id, caseNumber } = await newCase();
    await setState(id, { state: "more-information-requested" });
    const illegal = await setState(id, { state: "answered" });
    expect(illegal.statusCode).toBe(422);
    expect(illegal.json().error).toEqual({
      code: "invalid-state-transition",
      message: `Case ${caseNumber} is "more-information-requested" and can move only to "in-processing", "withdrawn", not to "answered"`,
      details: {
        current: "more-information-requested",
        requested: "answered",
        allowed: ["in-processing", "withdrawn"],
      },
    });
    const unused = await setState(id, { state: "refused" });
    expect(unused.statusCode).toBe(422);
    expect(unused.json().error.message).toContain("does not use");
    const back = await setState(id, { state: "submitted" });
    expect(back.statusCode).toBe(422);
    const unknown = await setState(id, { state: "lost" });
    expect(unknown.statusCode).toBe(400);

    await setState(id, { state: "withdrawn" });
    const afterFinal = await setState(id, { state: "in-processing" });
    expect(afterFinal.json().error.message).toContain("final");
    const detail = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${ORG}/submissions/${id}`,
      apiKey: backOffice,
    });
    expect(detail.json().history.map((entry: { state: string }) => entry.state)).toEqual([
      "submitted",
      "more-information-requested",
      "withdrawn",
    ]);
  });

  it("lists the organisation's submissions by form, state and time", async () => {
    const before = new Date().toISOString();
    const { id } = await newCase();
    const url = `/api/v1/organisations/${ORG}/submissions`;
    const list = await server.request({
      method: "GET",
      url: `${url}?form=dog-registration&state=submitted`,
      apiKey: backOffice,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().submissions[0]).toMatchObject({
      id,
      form: "dog-registration",
      state: "submitted",
      formVersion: 1,
    });
    expect(list.json().submissions.every((item: { state: string }) => item.state === "submitted")).toBe(true);
    const since = await server.request({
      method: "GET",
      url: `${url}?since=${encodeURIComponent(before)}`,
      cookie: officer.cookie,
    });
    expect(since.json().submissions.map((item: { id: string }) => item.id)).toEqual([id]);
    const otherForm = await server.request({
      method: "GET",
      url: `${url}?form=kindergarten-enrolment`,
      apiKey: backOffice,
    });
    expect(otherForm.json().submissions).toEqual([]);
  });

  it("is closed to other organisations, to authors and to citizens", async () => {
    const { id } = await newCase();
    const elsewhere = await server.staff({ "other-town": ["admin", "officer"] });
    const otherKey = await server.apiKey("other-town", ["back-office"]);
    const author = await server.staff({ [ORG]: ["author"] });
    const detailUrl = `/api/v1/organisations/${ORG}/submissions/${id}`;
    for (const auth of [{ cookie: elsewhere.cookie }, { apiKey: otherKey }]) {
      expect((await server.request({ method: "GET", url: detailUrl, ...auth })).statusCode).toBe(404);
      expect(
        (await server.request({ method: "GET", url: `/api/v1/organisations/${ORG}/submissions`, ...auth }))
          .statusCode,
      ).toBe(404);
      expect((await setState(id, { state: "in-processing" }, auth)).statusCode).toBe(404);
    }
    const crossTenant = await server.request({
      method: "GET",
      url: `/api/v1/organisations/other-town/submissions/${id}`,
      apiKey: otherKey,
    });
    expect(crossTenant.statusCode).toBe(404);
    expect((await server.request({ method: "GET", url: detailUrl, cookie: author.cookie })).statusCode).toBe(
      403,
    );
    expect((await server.request({ method: "GET", url: detailUrl, cookie: citizen })).statusCode).toBe(401);
    expect((await server.request({ method: "GET", url: detailUrl })).statusCode).toBe(401);
    const unchanged = await server.request({ method: "GET", url: detailUrl, apiKey: backOffice });
    expect(unchanged.json().state).toBe("submitted");
  });
});

describe("the citizen", () => {
  it("sees only their own submissions, newest first; others get 404", async () => {
    const me = await server.citizen("Eva Malá");
    const stranger = await server.citizen("Karel Cizí");
    const first = await newCase(me);
    const second = await newCase(me);
    const mine = await server.request({ method: "GET", url: "/api/v1/citizen/submissions", cookie: me });
    expect(mine.json().submissions.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
    const theirs = await server.request({
      method: "GET",
      url: "/api/v1/citizen/submissions",
      cookie: stranger,
    });
    expect(theirs.json().submissions).toEqual([]);
    const peek = await server.request({
      method: "GET",
      url: `/api/v1/submissions/${first.id}`,
      cookie: stranger,
    });
    expect(peek.statusCode).toBe(404);
    expect(peek.body).not.toContain(first.caseNumber);
    const bad = await server.request({ method: "GET", url: "/api/v1/submissions/not-a-uuid", cookie: me });
    expect(bad.statusCode).toBe(400);
    const nobody = await server.request({ method: "GET", url: "/api/v1/citizen/submissions" });
    expect(nobody.statusCode).toBe(401);
  });

  it("withdraws their own open case, once", async () => {
    const { id } = await newCase();
    const stranger = await server.citizen("Karel Cizí");
    const url = `/api/v1/submissions/${id}/withdraw`;
    const notTheirs = await server.request({ method: "POST", url, cookie: stranger, payload: {} });
    expect(notTheirs.statusCode).toBe(404);
    const withdrawn = await server.request({
      method: "POST",
      url,
      cookie: citizen,
      payload: { note: "Moved away" },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().state).toBe("withdrawn");
    expect(withdrawn.json().history.at(-1)).toEqual({
      state: "withdrawn",
      note: "Moved away",
      at: expect.any(String),
    });
    const again = await server.request({ method: "POST", url, cookie: citizen, payload: {} });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe("invalid-state-transition");
  });
});
