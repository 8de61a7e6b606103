import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { channelYaml, signInTeam } from "./testing/registry-fixtures.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof signInTeam>>;
beforeAll(async () => {
  server = await createTestServer();
  team = await signInTeam(server);
});
afterAll(() => server.close());

const query = (procedure: string, input: object, cookie: string) =>
  server.request({
    method: "GET",
    url: `/trpc/registry.${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
    cookie,
  });
const mutate = (procedure: string, input: object, cookie: string) =>
  server.request({ method: "POST", url: `/trpc/registry.${procedure}`, cookie, payload: input });
const data = (response: Awaited<ReturnType<TestServer["request"]>>) => response.json().result.data;

describe("the registry's tRPC procedures", () => {
  it("take a new document from validation to a published version", async () => {
    const doc = { organisation: DEMO_ORG, kind: "Channel", id: "kiosk" };
    const text = channelYaml("kiosk", "Kiosk");
    const checked = await mutate(
      "validate",
      { organisation: DEMO_ORG, files: [{ path: "kiosk.yaml", text }] },
      team.author,
    );
    expect(data(checked)).toEqual({ ok: true, problems: [] });
    const saved = await mutate("saveWorkingCopy", { ...doc, source: { text } }, team.author);
    expect(data(saved).workingCopy).toMatchObject({ state: "draft", baseVersion: null });
    expect(data(await mutate("submit", doc, team.author)).state).toBe("in-review");
    expect(data(await mutate("approve", doc, team.reviewer)).state).toBe("approved");
    expect(data(await mutate("publish", doc, team.publisher))).toEqual({
      published: true,
      version: 1,
      publishAt: null,
    });

    expect(data(await query("versions", doc, team.author))).toMatchObject([{ version: 1 }]);
    expect(data(await query("version", { ...doc, version: 1 }, team.author)).content.spec.name.en).toBe(
      "Kiosk",
    );
    expect(data(await query("get", doc, team.author))).toMatchObject({
      latest: { version: 1 },
      workingCopy: null,
    });
    expect(
      data(await query("list", { organisation: DEMO_ORG, kind: "Channel" }, team.author)),
    ).toContainEqual(expect.objectContaining({ id: "kiosk", latestVersion: 1 }));
    expect(data(await query("diff", { ...doc, to: 1 }, team.author)).changes).toEqual([
      expect.objectContaining({ pointer: "", change: "added" }),
    ]);
    expect(data(await mutate("archive", doc, team.publisher))).toMatchObject({ archived: true });
    expect(data(await mutate("restore", doc, team.publisher))).toMatchObject({ archived: false });
    const audit = data(
      await query("audit", { organisation: DEMO_ORG, kind: "Channel", id: "kiosk" }, team.author),
    );
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      "restore",
      "archive",
      "publish",
      "approve",
      "submit",
      "save-working-copy",
    ]);
  });

  it("carry the service errors with their codes and details", async () => {
    const doc = { organisation: DEMO_ORG, kind: "Channel", id: "booth" };
    const invalid = await mutate("saveWorkingCopy", { ...doc, source: { text: "kind: [" } }, team.author);
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.data).toMatchObject({
      appCode: "invalid-definition",
      details: { problems: [expect.objectContaining({ code: "syntax" })] },
    });
    await mutate("saveWorkingCopy", { ...doc, source: { text: channelYaml("booth") } }, team.author);
    const early = await mutate("requestChanges", { ...doc, comment: "?" }, team.reviewer);
    expect(early.json().error.data.appCode).toBe("invalid-state-transition");
    expect((await mutate("publish", doc, team.author)).json().error.data.appCode).toBe("forbidden");
    const stranger = (await server.staff({ "other-town": ["admin"] })).cookie;
    expect((await query("get", doc, stranger)).json().error.data.appCode).toBe("not-found");
  });
});
