import { afterEach, beforeEach, expect, it } from "vitest";
import { type ReferenceBackOffice, startReferenceBackOffice } from "../src/index.ts";
import { FILING_TOKEN, filing, newRecord, signature } from "./helpers.ts";

let backOffice: ReferenceBackOffice;
beforeEach(async () => {
  backOffice = await startReferenceBackOffice({ filingToken: FILING_TOKEN, webhookSecrets: "s" });
});
afterEach(() => backOffice.close());

it("lists filed records and webhook deliveries with every text escaped", async () => {
  await filing(
    backOffice.filing.url,
    "POST",
    "/records",
    newRecord("k-1", { title: "<script>alert(1)</script>" }),
  );
  const body = JSON.stringify({ submission: { caseNumber: '"><img src=x onerror=alert(2)>' } });
  await fetch(backOffice.webhooks.urlOf("inbox"), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "idempotency-key": "<b>key</b>",
      "civitas-signature": signature("s", body),
    },
    body,
  });

  const response = await fetch(`${backOffice.url}/`);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  const html = await response.text();
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
  expect(html).toContain("&lt;b&gt;key&lt;/b&gt;");
  expect(html).not.toMatch(/<script|<img|<b>/);
  expect(html).toContain("Filed records (1)");
  expect(html).toContain("Webhook deliveries (1)");
});
