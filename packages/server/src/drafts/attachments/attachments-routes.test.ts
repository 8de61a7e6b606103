import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import {
  ANONYMOUS_FORM,
  exeBytes,
  multipartFile,
  pdfBytes,
  pngBytes,
  publishAnonymousForm,
} from "../drafts-test-support.ts";

let server: TestServer;
let citizen: string;
let draftId: string;
// Starting a server on a fresh database is slow while many test files start at once.
beforeAll(async () => {
  server = await createTestServer();
  await publishAnonymousForm(server.db, DEMO_ORG);
  citizen = await server.citizen("Alena Přílohová");
  draftId = await startDraft({ cookie: citizen });
});
afterAll(() => server.close());

type Who = { cookie?: string; headers?: Record<string, string> };

async function startDraft(who: Who): Promise<string> {
  const response = await server.request({
    method: "POST",
    url: `/api/v1/organisations/${DEMO_ORG}/forms/${ANONYMOUS_FORM}/drafts`,
    payload: {},
    ...who,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function upload(
  draft: string,
  field: string,
  file: { filename: string; contentType: string; bytes: Buffer },
  who: Who = { cookie: citizen },
) {
  const { payload, headers } = multipartFile(file);
  return server.request({
    method: "POST",
    url: `/api/v1/drafts/${draft}/attachments?field=${encodeURIComponent(field)}`,
    payload,
    ...who,
    headers: { ...headers, ...who.headers },
  });
}

const countFiles = async (draft: string) =>
  (await server.db.selectFrom("attachments").select("id").where("draft_id", "=", draft).execute()).length;

describe("uploading a file to a draft", () => {
  it("stores a real PNG and gives back the same bytes as an attachment download", async () => {
    const png = pngBytes();
    const response = await upload(draftId, "photo", {
      filename: "díra v silnici.png",
      contentType: "image/png",
      bytes: png,
    });
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({ field: "photo", contentType: "image/png", size: png.length });
    expect(attachment.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(attachment.filename).toBe("díra v silnici.png");

    const download = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${draftId}/attachments/${attachment.id}`,
      cookie: citizen,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["content-disposition"]).toMatch(
      /^attachment; filename="dira v silnici.png"; filename\*=UTF-8''d%C3%ADra%20v%20silnici.png$/,
    );
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("trusts the bytes, not the claim: a PDF sent as image/png named .png is stored as a PDF", async () => {
    const pdf = pdfBytes();
    const response = await upload(draftId, "documents", {
      filename: "../../scan.png",
      contentType: "image/png",
      bytes: pdf,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      field: "documents",
      contentType: "application/pdf",
      filename: "scan.png.pdf",
    });
    const download = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${draftId}/attachments/${response.json().id}`,
      cookie: citizen,
    });
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it.each([
    ["an EXE", exeBytes(), /application\/x-msdownload/],
    [
      "an HTML page",
      Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
      /could not be recognised/,
    ],
  ])(
    "refuses %s that claims to be application/pdf (415, naming the allowed types)",
    async (_, bytes, detected) => {
      const before = await countFiles(draftId);
      const response = await upload(draftId, "photo", {
        filename: "invoice.pdf",
        contentType: "application/pdf",
        bytes,
      });
      expect(response.statusCode).toBe(415);
      const { error } = response.json();
      expect(error.code).toBe("unsupported-media-type");
      expect(error.message).toContain("application/pdf, image/jpeg, image/png");
      expect(error.message).toMatch(detected);
      expect(error.details.allowedTypes).toEqual(["application/pdf", "image/jpeg", "image/png"]);
      expect(await countFiles(draftId)).toBe(before);
    },
  );

  it("applies the field's own rules: a PNG where only PDF is accepted is refused", async () => {
    const response = await upload(draftId, "scan", {
      filename: "scan.png",
      contentType: "image/png",
      bytes: pngBytes(),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toMatch(/accepts application\/pdf; .* is image\/png/);
  });

  it("refuses a file over the field's limit, and over the 10 MB default, with 413", async () => {
    const before = await countFiles(draftId);
    const small = await upload(draftId, "scan", {
      filename: "scan.pdf",
      contentType: "application/pdf",
      bytes: pdfBytes(60_000),
    });
    expect(small.statusCode).toBe(413);
    expect(small.json().error).toMatchObject({
      code: "payload-too-large",
      message: expect.stringContaining("0.05 MB"),
    });
    const fits = await upload(draftId, "scan", {
      filename: "scan.pdf",
      contentType: "application/pdf",
      bytes: pdfBytes(40_000),
    });
    expect(fits.statusCode).toBe(201);
    const large = await upload(draftId, "photo", {
      filename: "big.pdf",
      contentType: "application/pdf",
      bytes: pdfBytes(10 * 1024 * 1024 + 1),
    });
    expect(large.statusCode).toBe(413);
    expect(large.json().error.message).toContain("10 MB");
    expect(await countFiles(draftId)).toBe(before + 1);
  });

  it.each([
    [
      "a field that is not a file field",
      "message",
      /"message" is not a file field.*its file fields are .*photo/,
    ],
    ["a field the form does not have", "passport", /no field "passport"/],
  ])("refuses %s with 400", async (_, field, message) => {
    const response = await upload(draftId, field, {
      filename: "a.pdf",
      contentType: "application/pdf",
      bytes: pdfBytes(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it("checks the field against the form version the draft is pinned to", async () => {
    await publishAnonymousForm(server.db, DEMO_ORG, { idCard: { type: "string", format: "attachment" } });
    const file = { filename: "id.pdf", contentType: "application/pdf", bytes: pdfBytes() };
    expect((await upload(draftId, "idCard", file)).statusCode).toBe(400);
    const newer = await startDraft({ cookie: citizen });
    expect((await upload(newer, "idCard", file)).statusCode).toBe(201);
  });
});

describe("a draft's files", () => {
  it("are listed, downloaded and deleted by the draft's owner only", async () => {
    const draft = await startDraft({ cookie: citizen });
    const uploaded = (
      await upload(draft, "photo", { filename: "p.png", contentType: "image/png", bytes: pngBytes() })
    ).json();
    const list = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${draft}/attachments`,
      cookie: citizen,
    });
    expect(list.json().attachments).toEqual([
      expect.objectContaining({ id: uploaded.id, field: "photo", filename: "p.png" }),
    ]);

    const fileUrl = `/api/v1/drafts/${draft}/attachments/${uploaded.id}`;
    const stranger = await server.citizen("Cizí Osoba");
    const { cookie: staff } = await server.staff({ [DEMO_ORG]: ["admin"] });
    for (const who of [
      { cookie: stranger },
      { cookie: staff },
      { headers: { "x-resume-token": "y".repeat(43) } },
      {},
    ]) {
      expect((await server.request({ method: "GET", url: fileUrl, ...who })).statusCode).toBe(404);
      expect(
        (await server.request({ method: "GET", url: `/api/v1/drafts/${draft}/attachments`, ...who }))
          .statusCode,
      ).toBe(404);
      expect((await server.request({ method: "DELETE", url: fileUrl, ...who })).statusCode).toBe(404);
      expect(
        (
          await upload(
            draft,
            "photo",
            { filename: "x.png", contentType: "image/png", bytes: pngBytes() },
            who,
          )
        ).statusCode,
      ).toBe(404);
    }
    // Another draft's id with this file's id: not found either.
    expect(
      (
        await server.request({
          method: "GET",
          url: `/api/v1/drafts/${draftId}/attachments/${uploaded.id}`,
          cookie: citizen,
        })
      ).statusCode,
    ).toBe(404);

    expect((await server.request({ method: "DELETE", url: fileUrl, cookie: citizen })).statusCode).toBe(204);
    expect((await server.request({ method: "GET", url: fileUrl, cookie: citizen })).statusCode).toBe(404);
    expect(await countFiles(draft)).toBe(0);
  });

  it("work for an anonymous draft with its resume token", async () => {
    const created = await server.request({
      method: "POST",
      url: `/api/v1/organisations/${DEMO_ORG}/forms/${ANONYMOUS_FORM}/drafts`,
      payload: {},
    });
    const { id, resumeToken } = created.json();
    const who = { headers: { "x-resume-token": resumeToken } };
    const pdf = pdfBytes();
    const uploaded = await upload(
      id,
      "documents",
      { filename: "a.pdf", contentType: "application/pdf", bytes: pdf },
      who,
    );
    expect(uploaded.statusCode).toBe(201);
    const download = await server.request({
      method: "GET",
      url: `/api/v1/drafts/${id}/attachments/${uploaded.json().id}`,
      ...who,
    });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(
      (
        await server.request({
          method: "GET",
          url: `/api/v1/drafts/${id}/attachments/${uploaded.json().id}`,
          cookie: citizen,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("are deleted with their draft", async () => {
    const draft = await startDraft({ cookie: citizen });
    await upload(draft, "photo", { filename: "p.png", contentType: "image/png", bytes: pngBytes() });
    await upload(draft, "documents", {
      filename: "d.pdf",
      contentType: "application/pdf",
      bytes: pdfBytes(),
    });
    expect(await countFiles(draft)).toBe(2);
    expect(
      (await server.request({ method: "DELETE", url: `/api/v1/drafts/${draft}`, cookie: citizen }))
        .statusCode,
    ).toBe(204);
    const orphans = await server.db
      .selectFrom("attachments")
      .select("id")
      .where("draft_id", "is", null)
      .where("submission_id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it("must come as multipart/form-data", async () => {
    const response = await server.request({
      method: "POST",
      url: `/api/v1/drafts/${draftId}/attachments?field=photo`,
      cookie: citizen,
      payload: { file: "x" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/multipart\/form-data/);
  });
});
