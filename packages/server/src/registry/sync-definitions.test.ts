import { DefinitionBundle, loadDefinitions } from "@civitas/definitions";
import { readDefinitionFiles } from "@civitas/definitions/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_DEFINITIONS, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { publishVersion } from "./document-store.ts";
import { syncDefinitions } from "./sync-definitions.ts";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const demo = () => loadDefinitions(readDefinitionFiles([DEMO_DEFINITIONS])).bundle;
const latestOf = (id: string) =>
  server.db
    .selectFrom("document_versions")
    .select(["version", "published_by", "content"])
    .where("organisation_id", "=", DEMO_ORG)
    .where("kind", "=", "Channel")
    .where("document_id", "=", id)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();

describe("loading the definitions folder at start", () => {
  it("publishes nothing when nothing changed, and keeps the fields in the order they were written", async () => {
    const report = await syncDefinitions(server.db, demo());
    expect(report.published).toEqual([]);
    expect(report.conflicts).toEqual([]);
    const form = await server.db
      .selectFrom("document_versions")
      .select("content")
      .where("document_id", "=", "dog-registration")
      .where("kind", "=", "Form")
      .executeTakeFirstOrThrow();
    const properties = Object.keys(
      (form.content as { spec: { schema: { properties: object } } }).spec.schema.properties,
    );
    const written = Object.keys(
      demo().find("Form", DEMO_ORG, "dog-registration")?.definition.spec.schema.properties as object,
    );
    expect(properties).toEqual(written);
  });

  it("never overwrites a document published from the registry since the folder was last loaded", async () => {
    const bundle = demo();
    const channel = bundle.find("Channel", DEMO_ORG, "phone-helpline");
    if (!channel) throw new Error("the demo has no phone-helpline channel");
    const edited = structuredClone(channel.definition);
    edited.spec.phone = "+420 383 100 999";
    await server.db
      .transaction()
      .execute((trx) => publishVersion(trx, edited, "staff:editor@dubova.example"));

    expect((await syncDefinitions(server.db, bundle)).conflicts).toEqual([]);
    expect(await latestOf("phone-helpline")).toMatchObject({ published_by: "staff:editor@dubova.example" });

    const changedInFolder = structuredClone(channel.definition);
    changedInFolder.spec.phone = "+420 383 100 555";
    const rest = bundle.definitions.filter((located) => located !== channel);
    const report = await syncDefinitions(
      server.db,
      new DefinitionBundle([...rest, { ...channel, definition: changedInFolder }]),
    );
    expect(report.conflicts).toEqual([{ kind: "Channel", id: "phone-helpline" }]);
    expect(await latestOf("phone-helpline")).toMatchObject({ published_by: "staff:editor@dubova.example" });
  });
});
