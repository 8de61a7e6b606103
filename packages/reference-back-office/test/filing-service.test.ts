import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ReferenceBackOffice, startReferenceBackOffice } from "../src/index.ts";
import { FILING_TOKEN, filing, newDocument, newRecord, sha256 } from "./helpers.ts";

let backOffice: ReferenceBackOffice;
let api: string;
const year = new Date().getUTCFullYear();

beforeEach(async () => {
  backOffice = await startReferenceBackOffice({
    filingToken: FILING_TOKEN,
    webhookSecrets: "unused",
    referencePrefix: "DUB",
  });
  api = backOffice.filing.url;
});
afterEach(() => backOffice.close());

describe("the filing service's authentication", () => {
  it("refuses a request without the bearer token, or with another one", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong" },
      { authorization: FILING_TOKEN },
    ];
    for (const headers of attempts) {
      const { status, json } = await filing(api, "POST", "/records", newRecord("k-1"), headers);
      expect(status).toBe(401);
      expect(json.error.code).toBe("unauthorized");
    }
    expect(backOffice.filing.counts()).toMatchObject({ requests: 3, unauthorized: 3, recordsCreated: 0 });
    expect(backOffice.filing.records()).toEqual([]);
  });
});

describe("filing a record", () => {
  it("files a record under the filing system's own reference, numbered per year", async () => {
    const first = await filing(api, "POST", "/records", newRecord("k-1"));
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      reference: `DUB/${year}/000001`,
      externalId: "k-1",
      caseNumber: "2026-000123",
      documents: [],
    });
    expect(first.json.id).toEqual(expect.any(String));
    expect(Date.parse(first.json.createdAt)).not.toBeNaN();

    const second = await filing(api, "POST", "/records", newRecord("k-2"));
    expect(second.json.reference).toBe(`DUB/${year}/000002`);
  });

  it("returns the record already filed when the same externalId comes again", async () => {
    const first = await filing(api, "POST", "/records", newRecord("k-1"));
    const again = await filing(api, "POST", "/records", newRecord("k-1", { title: "Sent again" }));
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(backOffice.filing.records()).toHaveLength(1);
    expect(backOffice.filing.counts().recordsCreated).toBe(1);
  });

  it.each([
    ["a field is missing", { title: undefined }, "title"],
    ["the externalId is longer than 200 characters", { externalId: "k".repeat(201) }, "externalId"],
    ["the form version is not a number", { form: { id: "parking-permit", version: "3" } }, "version"],
    ["submittedAt is no date-time", { submittedAt: "yesterday" }, "submittedAt"],
    ["data is not an object", { data: "answers" }, "data"],
  ])("refuses a record when %s", async (_case, overrides, field) => {
    const { status, json } = await filing(api, "POST", "/records", newRecord("k-1", overrides));
    expect(status).toBe(400);
    expect(json.error.code).toBe("invalid-request");
    expect(json.error.message).toContain(field);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await fetch(`${api}/records`, {
      method: "POST",
      headers: { authorization: `Bearer ${FILING_TOKEN}`, "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid-request");
  });
});

describe("documents of a record", () => {
  const receipt = Buffer.from("%PDF-1.7 receipt");
  let recordId: string;
  beforeEach(async () => {
    recordId = (await filing(api, "POST", "/records", newRecord("k-1"))).json.id;
  });

  it("stores a document whose SHA-256 matches, once", async () => {
    const body = newDocument("receipt.pdf", receipt, { kind: "receipt" });
    const first = await filing(api, "POST", `/records/${recordId}/documents`, body);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      name: "receipt.pdf",
      kind: "receipt",
      contentType: "application/pdf",
      size: receipt.length,
      sha256: sha256(receipt),
    });
    const again = await filing(api, "POST", `/records/${recordId}/documents`, body);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(backOffice.filing.records()[0]?.documents).toHaveLength(1);
    expect(backOffice.filing.counts().documentsStored).toBe(1);
  });

  it("refuses a document whose content does not match its SHA-256", async () => {
    const body = newDocument("receipt.pdf", receipt, { sha256: sha256("something else") });
    const { status, json } = await filing(api, "POST", `/records/${recordId}/documents`, body);
    expect(status).toBe(400);
    expect(json.error.code).toBe("checksum-mismatch");
  });

  it("refuses content that is not base64", async () => {
    const body = newDocument("receipt.pdf", receipt, { contentBase64: "not base64!" });
    const { status, json } = await filing(api, "POST", `/records/${recordId}/documents`, body);
    expect(status).toBe(400);
    expect(json.error.message).toContain("contentBase64");
  });

  it("answers 409 to another content under a name the record already has", async () => {
    await filing(api, "POST", `/records/${recordId}/documents`, newDocument("photo.jpg", Buffer.from("one")));
    const { status, json } = await filing(
      api,
      "POST",
      `/records/${recordId}/documents`,
      newDocument("photo.jpg", Buffer.from("two")),
    );
    expect(status).toBe(409);
    expect(json.error.code).toBe("document-conflict");
  });

  it("answers 404 for a record it does not have", async () => {
    const { status, json } = await filing(
      api,
      "POST",
      "/records/nope/documents",
      newDocument("a.pdf", receipt),
    );
    expect(status).toBe(404);
    expect(json.error.code).toBe("not-found");
  });

  it("takes a 25 MiB file", async () => {
    const large = Buffer.alloc(25 * 1024 * 1024, 7);
    const { status, json } = await filing(
      api,
      "POST",
      `/records/${recordId}/documents`,
      newDocument("scan.tif", large),
    );
    expect(status).toBe(201);
    expect(json.size).toBe(large.length);
  });
});

describe("reading records back", () => {
  it("serves a record with its documents, by id and by externalId, and a document's bytes", async () => {
    const { json: created } = await filing(api, "POST", "/records", newRecord("k-1"));
    const content = Buffer.from("Žádost o parkovací kartu");
    const { json: document } = await filing(
      api,
      "POST",
      `/records/${created.id}/documents`,
      newDocument("žádost (1).txt", content, { contentType: "text/plain; charset=utf-8" }),
    );

    const byId = await filing(api, "GET", `/records/${created.id}`);
    expect(byId.status).toBe(200);
    expect(byId.json).toMatchObject({
      ...newRecord("k-1"),
      reference: created.reference,
      documents: [document],
    });

    const byExternalId = await filing(api, "GET", "/records?externalId=k-1");
    expect(byExternalId.json.records).toEqual([byId.json]);
    expect((await filing(api, "GET", "/records?externalId=other")).json.records).toEqual([]);

    const response = await fetch(`${api}/records/${created.id}/documents/${document.id}/content`, {
      headers: { authorization: `Bearer ${FILING_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''%C5%BE%C3%A1dost%20%281%29.txt",
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
  });

  it("answers 404 for an unknown record or document", async () => {
    expect((await filing(api, "GET", "/records/nope")).status).toBe(404);
    const { json: created } = await filing(api, "POST", "/records", newRecord("k-1"));
    expect((await filing(api, "GET", `/records/${created.id}/documents/nope/content`)).status).toBe(404);
  });
});

describe("fault injection", () => {
  it("answers 503 when down and 500 when failing, until it is up again", async () => {
    backOffice.filing.setMode("down");
    const down = await filing(api, "POST", "/records", newRecord("k-1"));
    expect(down.status).toBe(503);
    expect(down.json.error.code).toBe("unavailable");
    backOffice.filing.setMode("fail");
    expect((await filing(api, "GET", "/records")).status).toBe(500);
    backOffice.filing.setMode("up");
    expect((await filing(api, "POST", "/records", newRecord("k-1"))).status).toBe(201);
    expect(backOffice.filing.counts()).toMatchObject({ requests: 3, faulted: 2, recordsCreated: 1 });
  });

  it("fails just the next requests with failNext", async () => {
    backOffice.filing.failNext(2);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await filing(api, "POST", "/records", newRecord("k-1"))).status);
    expect(statuses).toEqual([500, 500, 201]);
  });
});

describe("a data directory", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "reference-back-office-"));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("keeps records, documents and the reference sequence across a restart", async () => {
    const options = { filingToken: FILING_TOKEN, webhookSecrets: "unused", dataDir };
    const first = await startReferenceBackOffice(options);
    const { json: record } = await filing(first.filing.url, "POST", "/records", newRecord("k-1"));
    const content = Buffer.from("kept");
    const { json: document } = await filing(
      first.filing.url,
      "POST",
      `/records/${record.id}/documents`,
      newDocument("kept.txt", content),
    );
    await first.close();

    const second = await startReferenceBackOffice(options);
    try {
      const again = await filing(second.filing.url, "POST", "/records", newRecord("k-1"));
      expect(again.status).toBe(200);
      expect(again.json).toEqual({ ...record, documents: [document] });
      const response = await fetch(
        `${second.filing.url}/records/${record.id}/documents/${document.id}/content`,
        {
          headers: { authorization: `Bearer ${FILING_TOKEN}` },
        },
      );
      expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
      const next = await filing(second.filing.url, "POST", "/records", newRecord("k-2"));
      expect(next.json.reference).toBe(`REF/${year}/000002`);
    } finally {
      await second.close();
    }
  });
});
