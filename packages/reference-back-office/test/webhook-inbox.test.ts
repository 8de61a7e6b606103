import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ReferenceBackOffice, startReferenceBackOffice } from "../src/index.ts";
import { FILING_TOKEN, type JsonAnswer, signature } from "./helpers.ts";

const SECRETS = { dubova: "secret-of-dubova", lipno: "secret-of-lipno" };

let backOffice: ReferenceBackOffice;

beforeEach(async () => {
  backOffice = await startReferenceBackOffice({ filingToken: FILING_TOKEN, webhookSecrets: SECRETS });
});
afterEach(() => backOffice.close());

const payload = (caseNumber = "2026-000123") =>
  JSON.stringify({
    event: "submission.created",
    deliveryId: 17,
    idempotencyKey: "sub-1:route-1",
    submission: { id: "sub-1", caseNumber, form: { id: "parking-permit", version: 3 }, data: { a: 1 } },
    attachments: [],
    receipt: { url: "https://civitas.example/receipt" },
  });

async function deliver(
  inbox: string,
  body: string,
  headers: Record<string, string | undefined> = {},
): Promise<{ status: number; json: JsonAnswer }> {
  const all: Record<string, string | undefined> = {
    "content-type": "application/json",
    "idempotency-key": "sub-1:route-1",
    "civitas-delivery": "17",
    "civitas-event": "submission.created",
    "civitas-signature": signature(SECRETS.dubova, body),
    ...headers,
  };
  const sent = Object.fromEntries(
    Object.entries(all).filter((entry): entry is [string, string] => !!entry[1]),
  );
  const response = await fetch(backOffice.webhooks.urlOf(inbox), { method: "POST", headers: sent, body });
  return { status: response.status, json: await response.json() };
}

describe("a webhook delivery with a valid signature", () => {
  it("is accepted and recorded with its key, headers and parsed body", async () => {
    const body = payload();
    const { status, json } = await deliver("dubova", body);
    expect(status).toBe(200);
    expect(json).toEqual({ received: true, duplicate: false });
    const [delivery] = backOffice.webhooks.deliveries();
    expect(delivery).toMatchObject({
      inbox: "dubova",
      key: "sub-1:route-1",
      deliveryId: "17",
      event: "submission.created",
      body: JSON.parse(body),
      duplicate: false,
    });
    expect(delivery?.headers["civitas-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(delivery?.receivedAt).toBeInstanceOf(Date);
  });

  it("is verified over the raw bytes, not over JSON re-serialised", async () => {
    const body = '{ "event" :"submission.created",\n  "note": "Žádost \\u00e9" }';
    expect((await deliver("dubova", body)).status).toBe(200);
  });

  it("is accepted when one of several v1 signatures matches (key rotation)", async () => {
    const body = payload();
    const valid = signature(SECRETS.dubova, body);
    const rotated = `${valid.split(",")[0]},v1=${"0".repeat(64)},${valid.split(",")[1]}`;
    expect((await deliver("dubova", body, { "civitas-signature": rotated })).status).toBe(200);
  });

  it("is flagged as a duplicate when its Idempotency-Key came before, and still recorded", async () => {
    await deliver("dubova", payload());
    const again = await deliver("dubova", payload(), { "civitas-delivery": "18" });
    expect(again.json).toEqual({ received: true, duplicate: true });
    const other = await deliver("dubova", payload(), { "idempotency-key": "sub-2:route-1" });
    expect(other.json.duplicate).toBe(false);

    expect(backOffice.webhooks.deliveries().map((d) => [d.key, d.duplicate])).toEqual([
      ["sub-1:route-1", false],
      ["sub-1:route-1", true],
      ["sub-2:route-1", false],
    ]);
    expect(backOffice.webhooks.uniqueKeys()).toEqual(["sub-1:route-1", "sub-2:route-1"]);
    expect(backOffice.webhooks.counts()).toMatchObject({ requests: 3, accepted: 3, duplicates: 1 });
  });

  it("is listed over HTTP per inbox", async () => {
    await deliver("dubova", payload());
    const response = await fetch(backOffice.webhooks.urlOf("dubova"));
    const { deliveries } = await response.json();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ inbox: "dubova", key: "sub-1:route-1" });
    expect((await (await fetch(backOffice.webhooks.urlOf("lipno"))).json()).deliveries).toEqual([]);
  });
});

describe("a webhook delivery that is refused", () => {
  const now = Date.now();

  it.each([
    ["without a signature", { "civitas-signature": undefined }, "missing-signature"],
    ["with a malformed signature", { "civitas-signature": "v1=abc" }, "malformed-signature"],
    [
      "signed with another secret",
      { "civitas-signature": signature("wrong", payload()) },
      "invalid-signature",
    ],
    [
      "signed over another body",
      { "civitas-signature": signature(SECRETS.dubova, payload("other")) },
      "invalid-signature",
    ],
    [
      "signed more than 300 s ago",
      { "civitas-signature": signature(SECRETS.dubova, payload(), new Date(now - 330_000)) },
      "expired-signature",
    ],
    [
      "signed more than 300 s ahead",
      { "civitas-signature": signature(SECRETS.dubova, payload(), new Date(now + 330_000)) },
      "expired-signature",
    ],
  ])("%s gets 401", async (_case, headers, code) => {
    const { status, json } = await deliver("dubova", payload(), headers);
    expect(status).toBe(401);
    expect(json.error.code).toBe(code);
    expect(backOffice.webhooks.deliveries()).toEqual([]);
    expect(backOffice.webhooks.counts()).toMatchObject({ refused: 1, accepted: 0 });
  });

  it("signed with the secret of another inbox gets 401", async () => {
    const body = payload();
    const { status } = await deliver("lipno", body, { "civitas-signature": signature(SECRETS.dubova, body) });
    expect(status).toBe(401);
  });

  it("to an inbox that does not exist gets 404", async () => {
    expect((await deliver("elsewhere", payload())).status).toBe(404);
  });

  it("without an Idempotency-Key gets 400", async () => {
    const { status, json } = await deliver("dubova", payload(), { "idempotency-key": undefined });
    expect(status).toBe(400);
    expect(json.error.code).toBe("missing-idempotency-key");
  });

  it("that is not JSON gets 400", async () => {
    const body = "not json";
    const { status } = await deliver("dubova", body, {
      "civitas-signature": signature(SECRETS.dubova, body),
    });
    expect(status).toBe(400);
  });
});

describe("webhook options", () => {
  it("takes one secret for every inbox, and another replay window", async () => {
    const single = await startReferenceBackOffice({
      filingToken: FILING_TOKEN,
      webhookSecrets: "one-secret",
      replayWindowSeconds: 30,
    });
    try {
      const body = payload();
      const post = (inbox: string, header: string) =>
        fetch(single.webhooks.urlOf(inbox), {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "idempotency-key": "k",
            "civitas-signature": header,
          },
          body,
        });
      expect((await post("any-name", signature("one-secret", body))).status).toBe(200);
      expect(
        (await post("any-name", signature("one-secret", body, new Date(Date.now() - 60_000)))).status,
      ).toBe(401);
    } finally {
      await single.close();
    }
  });
});

describe("webhook fault injection", () => {
  it("answers 503 when down and 500 when failing, recording nothing", async () => {
    backOffice.webhooks.setMode("down");
    expect((await deliver("dubova", payload())).status).toBe(503);
    backOffice.webhooks.setMode("fail");
    expect((await deliver("dubova", payload())).status).toBe(500);
    backOffice.webhooks.setMode("up");
    expect((await deliver("dubova", payload())).status).toBe(200);
    expect(backOffice.webhooks.deliveries()).toHaveLength(1);
    expect(backOffice.webhooks.counts()).toMatchObject({ requests: 3, faulted: 2, accepted: 1 });
  });

  it("fails just the next deliveries with failNext", async () => {
    backOffice.webhooks.failNext(1);
    expect((await deliver("dubova", payload())).status).toBe(500);
    expect((await deliver("dubova", payload())).json).toEqual({ received: true, duplicate: false });
  });
});
