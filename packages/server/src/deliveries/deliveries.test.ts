import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdfSignature } from "../receipts/verify-pdf-signature.ts";
import { deliveryIdempotencyKey } from "./deliver-one.ts";
import {
  createDeliveryRig,
  type DeliveryRig,
  deliveriesOf,
  eventually,
  FILING_TOKEN,
  HOOK_SECRET,
  publishDeliveredForm,
} from "./delivery-test-kit.ts";

let rig: DeliveryRig;
let admin: string;
beforeAll(async () => {
  rig = await createDeliveryRig();
  admin = (await rig.server.staff({ dubova: ["admin"] })).cookie;
  await publishDeliveredForm(rig, "statement");
  await publishDeliveredForm(rig, "statement-webhook", { only: ["agenda"] });
  await publishDeliveredForm(rig, "statement-unsigned", {
    only: ["agenda"],
    webhookSecret: "MISSING_SECRET",
  });
});
afterAll(() => rig?.close());

async function submit(form: string, data: Record<string, unknown>) {
  const response = await rig.server.request({
    method: "POST",
    url: `/api/v1/organisations/dubova/forms/${form}/submissions`,
    headers: { "idempotency-key": randomUUID() },
    payload: { data, locale: "cs" },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; caseNumber: string; resumeToken: string };
}

const allDelivered = (id: string, routes: string[]) =>
  eventually(async () => {
    const deliveries = await deliveriesOf(rig, id);
    return routes.every((route) => deliveries[route]?.state === "delivered") && deliveries;
  });

describe("delivering a submission", () => {
  it("reaches the webhook, the filing service, the mailbox and the table, once each", async () => {
    const submission = await submit("statement", {
      applicant: "Jana Nováková",
      subject: "Kácení lípy",
      urgent: true,
    });
    const deliveries = await allDelivered(submission.id, ["agenda", "filing", "clerk", "register"]);

    const key = deliveryIdempotencyKey(submission.id, "agenda");
    const hooks = rig.backOffice.webhooks.deliveries("agenda").filter((hook) => hook.key === key);
    expect(hooks).toHaveLength(1);
    const payload = hooks[0]?.body as {
      submission: { caseNumber: string; data: unknown };
      receipt: { url: string };
    };
    expect(payload.submission.caseNumber).toBe(submission.caseNumber);
    expect(payload.submission.data).toEqual({
      applicant: "Jana Nováková",
      subject: "Kácení lípy",
      urgent: true,
    });
    // The receiver fetches the signed link without credentials.
    const link = new URL(payload.receipt.url);
    const receipt = await rig.server.request({ method: "GET", url: `${link.pathname}${link.search}` });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers["content-type"]).toBe("application/pdf");
    expect(verifyPdfSignature(receipt.rawPayload)).toMatchObject({
      signed: true,
      intact: true,
      coversWholeFile: true,
    });

    const record = rig.backOffice.filing
      .records()
      .find((candidate) => candidate.externalId === deliveryIdempotencyKey(submission.id, "filing"));
    expect(record?.caseNumber).toBe(submission.caseNumber);
    expect(record?.documents.map((document) => document.kind)).toEqual(["receipt"]);
    expect(deliveries.filing?.reference).toBe(record?.reference);
    const stored = await rig.server.db
      .selectFrom("submissions")
      .select("external_reference")
      .where("id", "=", submission.id)
      .executeTakeFirstOrThrow();
    expect(stored.external_reference).toBe(record?.reference);

    const mail = (await rig.mailbox.waitForMessages(1, 5000)).find((message) =>
      message.subject?.includes(submission.caseNumber),
    );
    expect(mail?.to).toEqual(["podatelna@dubova.example"]);
    expect(mail?.text).toContain("Kácení lípy");
    expect(mail?.attachments.map((file) => file.contentType)).toEqual(["application/pdf"]);

    const row = await rig.server.db
      .selectFrom("delivered_cases" as never)
      .selectAll()
      .where("submission_id" as never, "=", submission.id as never)
      .executeTakeFirst();
    expect(row).toMatchObject({ case_number: submission.caseNumber, form_id: "statement" });
  });

  it("leaves out a route whose condition does not hold", async () => {
    const submission = await submit("statement", { applicant: "Petr", subject: "Hluk", urgent: false });
    const deliveries = await allDelivered(submission.id, ["agenda", "filing", "register"]);
    expect(deliveries.clerk).toBeUndefined();
  });

  it("shows the deliveries and their attempts to the back office", async () => {
    const submission = await submit("statement-webhook", { applicant: "Eva", subject: "Lavička" });
    const { agenda } = await allDelivered(submission.id, ["agenda"]);
    const officer = await rig.server.apiKey("dubova", ["back-office"]);
    const list = await rig.server.request({
      method: "GET",
      url: `/api/v1/organisations/dubova/deliveries?submission=${submission.id}`,
      apiKey: officer,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().deliveries).toEqual([
      expect.objectContaining({
        routeId: "agenda",
        state: "delivered",
        attempts: 1,
        caseNumber: submission.caseNumber,
      }),
    ]);
    const one = await rig.server.request({
      method: "GET",
      url: `/api/v1/organisations/dubova/deliveries/${agenda?.id}`,
      apiKey: officer,
    });
    expect(one.json().history).toEqual([expect.objectContaining({ attempt: 1, outcome: "delivered" })]);
    const view = await rig.server.request({
      method: "GET",
      url: `/api/v1/organisations/dubova/submissions/${submission.id}`,
      apiKey: officer,
    });
    expect(view.json().deliveries).toEqual([
      expect.objectContaining({ routeId: "agenda", state: "delivered" }),
    ]);
  });
});

describe("when a receiver fails", () => {
  it("retries a receiver that is down until it is back, then delivers once", async () => {
    rig.backOffice.webhooks.setMode("down");
    const submission = await submit("statement-webhook", { applicant: "Jana", subject: "Výpadek" });
    await eventually(async () => ((await deliveriesOf(rig, submission.id)).agenda?.attempts ?? 0) >= 2);
    expect((await deliveriesOf(rig, submission.id)).agenda?.state).toBe("pending");
    rig.backOffice.webhooks.setMode("up");
    await allDelivered(submission.id, ["agenda"]);
    const key = deliveryIdempotencyKey(submission.id, "agenda");
    expect(rig.backOffice.webhooks.deliveries("agenda").filter((hook) => hook.key === key)).toHaveLength(1);
  });

  it("dead-letters after the route's attempts, and an admin's replay delivers it once fixed", async () => {
    rig.backOffice.webhooks.setMode("fail");
    const submission = await submit("statement-webhook", { applicant: "Jana", subject: "Stále chyba" });
    const { agenda } = await eventually(async () => {
      const deliveries = await deliveriesOf(rig, submission.id);
      return deliveries.agenda?.state === "dead" && deliveries;
    });
    expect(agenda?.attempts).toBe(3);
    expect(agenda?.last_error).toMatch(/HTTP 500/);

    const dead = await rig.server.request({
      method: "GET",
      url: "/api/v1/organisations/dubova/deliveries?state=dead",
      cookie: admin,
    });
    expect(dead.json().deliveries.map((delivery: { id: number }) => delivery.id)).toContain(agenda?.id);

    rig.backOffice.webhooks.setMode("up");
    const replay = await rig.server.request({
      method: "POST",
      url: `/api/v1/organisations/dubova/deliveries/${agenda?.id}/replay`,
      cookie: admin,
    });
    expect(replay.statusCode, replay.body).toBe(200);
    await allDelivered(submission.id, ["agenda"]);
    const key = deliveryIdempotencyKey(submission.id, "agenda");
    expect(rig.backOffice.webhooks.deliveries("agenda").filter((hook) => hook.key === key)).toHaveLength(1);

    const again = await rig.server.request({
      method: "POST",
      url: `/api/v1/organisations/dubova/deliveries/${agenda?.id}/replay`,
      cookie: admin,
    });
    expect(again.statusCode).toBe(409);
  });

  it("dead-letters at once when a secret is missing, and delivers on replay once it is set", async () => {
    const submission = await submit("statement-unsigned", { applicant: "Jana", subject: "Bez klíče" });
    const { agenda } = await eventually(async () => {
      const deliveries = await deliveriesOf(rig, submission.id);
      return deliveries.agenda?.state === "dead" && deliveries;
    });
    expect(agenda?.attempts).toBe(1);
    expect(agenda?.last_error).toMatch(/no secret MISSING_SECRET/);
    rig.secrets.MISSING_SECRET = HOOK_SECRET;
    const replay = await rig.server.request({
      method: "POST",
      url: "/api/v1/organisations/dubova/deliveries/replay",
      cookie: admin, // no body: every dead delivery
    });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json().replayed).toContain(agenda?.id);
    await allDelivered(submission.id, ["agenda"]);
  });

  it("lets only admins replay, and no other organisation see the deliveries", async () => {
    const officer = await rig.server.apiKey("dubova", ["back-office"]);
    const replay = await rig.server.request({
      method: "POST",
      url: "/api/v1/organisations/dubova/deliveries/replay",
      apiKey: officer,
      payload: {},
    });
    expect(replay.statusCode).toBe(403);
    const stranger = await rig.server.staff({ elsewhere: ["admin"] });
    const list = await rig.server.request({
      method: "GET",
      url: "/api/v1/organisations/dubova/deliveries",
      cookie: stranger.cookie,
    });
    expect(list.statusCode).toBe(404);
  });

  it("refuses a filing service that rejects the token, without retrying", async () => {
    rig.secrets.FILING_TOKEN = "wrong-token";
    const submission = await submit("statement", { applicant: "Jana", subject: "Špatný token" });
    const { filing } = await eventually(async () => {
      const deliveries = await deliveriesOf(rig, submission.id);
      return deliveries.filing?.state === "dead" && deliveries;
    });
    expect(filing?.attempts).toBe(1);
    expect(filing?.last_error).toMatch(/HTTP 401/);
    rig.secrets.FILING_TOKEN = FILING_TOKEN;
  });
});
