import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import {
  documentUrl,
  publishedContent,
  publishThroughWorkflow,
  signInTeam,
} from "../testing/registry-fixtures.ts";
import { publishDueWorkingCopies } from "./publish-due-working-copies.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof signInTeam>>;
beforeAll(async () => {
  server = await createTestServer();
  team = await signInTeam(server);
});
afterAll(() => server.close());

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR);

async function versionsOf(kind: string, id: string) {
  const rows = await server.db
    .selectFrom("document_versions")
    .select(["version", "published_by"])
    .where("organisation_id", "=", DEMO_ORG)
    .where("kind", "=", kind)
    .where("document_id", "=", id)
    .orderBy("version")
    .execute();
  return rows;
}

async function scheduleChannelEdit(id: string, name: string, hours = 1) {
  const content = await publishedContent(server, "Channel", id);
  content.spec.name.en = name;
  return publishThroughWorkflow(server, team, "Channel", id, content, inHours(hours).toISOString());
}

describe("scheduled publishing", () => {
  it("keeps an approved copy until its time, then publishes it in the scheduler's name", async () => {
    const scheduled = await scheduleChannelEdit("post", "Post, later");
    expect(scheduled).toMatchObject({ published: false, version: null, publishAt: expect.any(String) });
    const list = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${DEMO_ORG}/documents?state=scheduled`,
      cookie: team.author,
    });
    expect(list.json().documents).toMatchObject([
      { id: "post", workingCopyState: "approved", latestVersion: 1 },
    ]);

    expect(await publishDueWorkingCopies(server.db)).toBe(0);
    expect(await versionsOf("Channel", "post")).toHaveLength(1);

    expect(await publishDueWorkingCopies(server.db, inHours(2))).toBe(1);
    const versions = await versionsOf("Channel", "post");
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
    expect(versions[1]?.published_by).toBe(team.publisherLabel);
    const document = await server.request({
      method: "GET",
      url: documentUrl("Channel", "post"),
      cookie: team.author,
    });
    expect(document.json()).toMatchObject({
      workingCopy: null,
      latest: { content: { spec: { name: { en: "Post, later" } } } },
    });
    expect(await publishDueWorkingCopies(server.db, inHours(2))).toBe(0);
  });

  it("publishes each due copy once when several processes run at the same time", async () => {
    await scheduleChannelEdit("phone-helpline", "Helpline");
    await scheduleChannelEdit("data-box", "Data box");
    const counts = await Promise.all([1, 2, 3].map(() => publishDueWorkingCopies(server.db, inHours(2))));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await versionsOf("Channel", "phone-helpline")).toHaveLength(2);
    expect(await versionsOf("Channel", "data-box")).toHaveLength(2);
  });

  it("publishes at once when the time given has already come", async () => {
    const content = await publishedContent(server, "Channel", "town-hall");
    content.spec.name.en = "Town Hall";
    const past = new Date(Date.now() - HOUR).toISOString();
    expect(await publishThroughWorkflow(server, team, "Channel", "town-hall", content, past)).toEqual({
      published: true,
      version: 2,
      publishAt: null,
    });
  });

  it("sends a scheduled copy back to draft when it no longer passes the checks", async () => {
    const service = await publishedContent(server, "Service", "welcoming-new-citizens");
    service.spec.name.en = "Welcoming new citizens of Dubová";
    const channel = service.spec.channelOfferings[0].channel as string;
    await publishThroughWorkflow(
      server,
      team,
      "Service",
      "welcoming-new-citizens",
      service,
      inHours(1).toISOString(),
    );
    const archive = await server.request({
      method: "POST",
      url: documentUrl("Channel", channel, "/archive"),
      cookie: team.publisher,
    });
    expect(archive.statusCode).toBe(200);

    expect(await publishDueWorkingCopies(server.db, inHours(2))).toBe(0);
    expect(await versionsOf("Service", "welcoming-new-citizens")).toHaveLength(1);
    const { workingCopy } = (
      await server.request({
        method: "GET",
        url: documentUrl("Service", "welcoming-new-citizens"),
        cookie: team.author,
      })
    ).json();
    expect(workingCopy).toMatchObject({
      state: "draft",
      publishAt: null,
      comment: expect.stringContaining(channel),
    });
    const audit = await server.request({
      method: "GET",
      url: `/api/v1/organisations/${DEMO_ORG}/audit?kind=Service&id=welcoming-new-citizens&limit=1`,
      cookie: team.author,
    });
    expect(audit.json().entries[0]).toMatchObject({
      action: "publish-failed",
      actor: "system:scheduler",
      detail: { problems: [expect.objectContaining({ code: "broken-reference" })] },
    });
    await server.request({
      method: "POST",
      url: documentUrl("Channel", channel, "/restore"),
      cookie: team.publisher,
    });
  });

  it("cancels the schedule when the document is archived or the reviewer asks for changes", async () => {
    await scheduleChannelEdit("trade-licensing-office", "Trade office");
    await server.request({
      method: "POST",
      url: documentUrl("Channel", "trade-licensing-office", "/archive"),
      cookie: team.publisher,
    });
    await scheduleChannelEdit("e-services-portal", "Portal");
    const sentBack = await server.request({
      method: "POST",
      url: documentUrl("Channel", "e-services-portal", "/working-copy/request-changes"),
      cookie: team.reviewer,
      payload: { comment: "Not yet" },
    });
    expect(sentBack.json()).toMatchObject({ state: "draft", publishAt: null });
    expect(await publishDueWorkingCopies(server.db, inHours(2))).toBe(0);
    expect(await versionsOf("Channel", "trade-licensing-office")).toHaveLength(1);
    expect(await versionsOf("Channel", "e-services-portal")).toHaveLength(1);
  });
});
