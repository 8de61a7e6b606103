import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import { channelYaml, documentUrl, publishedContent } from "../testing/registry-fixtures.ts";

let server: TestServer;
let author: string;
beforeAll(async () => {
  server = await createTestServer();
  author = (await server.staff({ [DEMO_ORG]: ["author"] })).cookie;
});
afterAll(() => server.close());

const VALIDATE = `/api/v1/organisations/${DEMO_ORG}/definitions/validate`;
const validate = (files: Array<{ path: string; text: string }>, cookie = author) =>
  server.request({ method: "POST", url: VALIDATE, cookie, payload: { files } });
const save = (kind: string, id: string, payload: object) =>
  server.request({ method: "PUT", url: documentUrl(kind, id, "/working-copy"), cookie: author, payload });
const countRows = async () => ({
  workingCopies: (await server.db.selectFrom("working_copies").selectAll().execute()).length,
  audit: (await server.db.selectFrom("audit_log").selectAll().execute()).length,
});

describe("POST /definitions/validate", () => {
  it("accepts a new document whose references resolve to published ones", async () => {
    const service = await publishedContent(server, "Service", "birth-certificate");
    service.metadata.id = "birth-certificate-copy";
    const response = await validate([{ path: "services/copy.json", text: JSON.stringify(service) }]);
    expect(response.statusCode).toBe(200);
    expect(response.json().ok).toBe(true);
    expect(response.json().problems.filter((p: { file: string }) => p.file !== "services/copy.json")).toEqual(
      [],
    );
  });

  it("locates a broken reference, a missing text and a YAML mistake, and stores nothing", async () => {
    const before = await countRows();
    const missingText = channelYaml("desk").replace(/ {4}cs: .*\n/, "");
    const situation = await publishedContent(server, "LifeSituation", "having-a-child");
    situation.spec.stages[0].services[0] = "unknown-service";
    const response = await validate([
      { path: "channels/desk.yaml", text: missingText },
      { path: "broken.yaml", text: "apiVersion: civitas/v1\nkind: [Channel\n" },
      { path: "life.json", text: JSON.stringify(situation, null, 2) },
    ]);
    expect(response.statusCode).toBe(200);
    const { ok, problems } = response.json();
    expect(ok).toBe(false);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "broken.yaml",
          code: "syntax",
          severity: "error",
          line: expect.any(Number),
        }),
        expect.objectContaining({
          file: "channels/desk.yaml",
          code: "missing-translation",
          severity: "error",
          pointer: "/spec/name",
          line: 9,
        }),
        expect.objectContaining({
          file: "life.json",
          code: "broken-reference",
          pointer: "/spec/stages/0/services/0",
          message: expect.stringContaining("unknown-service"),
        }),
      ]),
    );
    expect(problems.every((problem: { file: string }) => !problem.file.startsWith("published/"))).toBe(true);
    expect(await countRows()).toEqual(before);
  });

  it("reports a document of another organisation", async () => {
    const response = await validate([
      { path: "other.yaml", text: channelYaml("desk", "Desk", "other-town") },
    ]);
    expect(response.json().problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "wrong-organisation", pointer: "/metadata/organisation", line: 5 }),
      ]),
    );
  });

  it("needs the author role in that organisation", async () => {
    const reviewer = (await server.staff({ [DEMO_ORG]: ["reviewer"] })).cookie;
    const stranger = (await server.staff({ "other-town": ["author"] })).cookie;
    const files = [{ path: "a.yaml", text: channelYaml("a") }];
    expect((await validate(files, reviewer)).statusCode).toBe(403);
    expect((await validate(files, stranger)).statusCode).toBe(404);
    expect((await server.request({ method: "POST", url: VALIDATE, payload: { files } })).statusCode).toBe(
      401,
    );
  });
});

describe("PUT /documents/:kind/:id/working-copy", () => {
  it("stores a valid YAML text as the one draft of a new document", async () => {
    const response = await save("Channel", "counter", { text: channelYaml("counter", "Counter") });
    expect(response.statusCode).toBe(200);
    expect(response.json().workingCopy).toMatchObject({
      state: "draft",
      baseVersion: null,
      updatedBy: expect.stringMatching(/^staff:/),
      content: { kind: "Channel", metadata: { id: "counter" }, spec: { name: { en: "Counter" } } },
    });
    const again = await save("Channel", "counter", { text: channelYaml("counter", "Counter two") });
    expect(again.json().workingCopy.content.spec.name.en).toBe("Counter two");
    const rows = await server.db
      .selectFrom("working_copies")
      .selectAll()
      .where("document_id", "=", "counter")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("stores edited JSON content of a published document with its base version", async () => {
    const channel = await publishedContent(server, "Channel", "phone-helpline");
    channel.spec.name.en = "Helpline";
    const response = await save("Channel", "phone-helpline", { content: channel });
    expect(response.statusCode).toBe(200);
    expect(response.json().workingCopy).toMatchObject({ state: "draft", baseVersion: 1 });
  });

  it("refuses bad YAML, a broken reference and a missing text with located problems, storing nothing", async () => {
    const before = await countRows();
    const text = channelYaml("desk").replace("type: post", "type: [post");
    const badYaml = await save("Channel", "desk", { text, path: "desk.yaml" });
    expect(badYaml.statusCode).toBe(422);
    expect(badYaml.json().error).toMatchObject({
      code: "invalid-definition",
      message: expect.stringContaining("nothing was saved"),
      details: { problems: [expect.objectContaining({ file: "desk.yaml", code: "syntax", line: 8 })] },
    });

    const service = await publishedContent(server, "Service", "birth-certificate");
    service.spec.channelOfferings[1].channel = "postal";
    const broken = await save("Service", "birth-certificate", { content: service });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.details.problems).toEqual([
      expect.objectContaining({
        code: "broken-reference",
        file: "Service/birth-certificate.json",
        pointer: "/spec/channelOfferings/1/channel",
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.stringContaining("did you mean `post`"),
      }),
    ]);

    const missingText = await save("Channel", "desk", {
      text: channelYaml("desk").replace(/ {4}cs: .*\n/, ""),
    });
    expect(missingText.statusCode).toBe(422);
    expect(missingText.json().error.details.problems[0]).toMatchObject({
      code: "missing-translation",
      line: 9,
    });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a document that is not the one the URL names", async () => {
    const wrongId = await save("Channel", "desk", { text: channelYaml("counter") });
    expect(wrongId.statusCode).toBe(422);
    expect(wrongId.json().error.details.problems).toEqual([
      expect.objectContaining({ code: "wrong-document", pointer: "/metadata/id", line: 4 }),
    ]);
    const wrongKind = await save("Form", "desk", { text: channelYaml("desk") });
    expect(wrongKind.json().error.details.problems).toEqual([
      expect.objectContaining({ code: "wrong-document", pointer: "/kind" }),
    ]);
    const wrongOrganisation = await save("Channel", "desk", {
      text: channelYaml("desk", "Desk", "other-town"),
    });
    expect(wrongOrganisation.json().error.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "wrong-organisation" })]),
    );
    const two = await save("Channel", "desk", {
      text: `${channelYaml("desk")}---\n${channelYaml("desk-two")}`,
    });
    expect(two.json().error.details.problems).toEqual([expect.objectContaining({ code: "one-document" })]);
    const empty = await save("Channel", "desk", { text: "" });
    expect(empty.json().error.details.problems).toEqual([expect.objectContaining({ code: "no-document" })]);
    const stored = await server.db
      .selectFrom("working_copies")
      .selectAll()
      .where("document_id", "=", "desk")
      .execute();
    expect(stored).toEqual([]);
  });

  it("answers 404 for an unknown kind and 400 for a body with neither text nor content", async () => {
    const unknownKind = await save("Gadget", "desk", { text: channelYaml("desk") });
    expect(unknownKind.statusCode).toBe(404);
    expect(unknownKind.json().error.code).toBe("not-found");
    expect((await save("Channel", "desk", {})).statusCode).toBe(400);
  });
});
