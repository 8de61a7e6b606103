import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import {
  documentUrl,
  publishedContent,
  publishThroughWorkflow,
  signInTeam,
} from "../testing/registry-fixtures.ts";
import { listReviewsDue } from "./list-reviews-due.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof signInTeam>>;
const DUE = `/api/v1/organisations/${DEMO_ORG}/reviews-due`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Publishes a new version of a demo document with this review-by date (and whoever is responsible). */
async function publishWithReviewBy(
  kind: "Channel" | "Service" | "Form",
  id: string,
  publication: Record<string, unknown>,
) {
  const content = await publishedContent(server, kind, id);
  content.metadata.publication = publication;
  await publishThroughWorkflow(server, team, kind, id, content);
}

beforeAll(async () => {
  server = await createTestServer();
  team = await signInTeam(server);
  await publishWithReviewBy("Channel", "post", { reviewBy: day(-10) });
  await publishWithReviewBy("Service", "dog-registration", {
    reviewBy: day(5),
    responsible: { name: "Eva Dvořáková", email: "eva.dvorakova@dubova.example" },
  });
  await publishWithReviewBy("Channel", "phone-helpline", { reviewBy: day(60) });
  // Archived, or only in a working copy: not due.
  await publishWithReviewBy("Channel", "data-box", { reviewBy: day(-1) });
  await server.request({
    method: "POST",
    url: documentUrl("Channel", "data-box", "/archive"),
    cookie: team.publisher,
  });
  const draft = await publishedContent(server, "Channel", "town-hall");
  draft.metadata.publication = { reviewBy: day(1) };
  await server.request({
    method: "PUT",
    url: documentUrl("Channel", "town-hall", "/working-copy"),
    cookie: team.author,
    payload: { content: draft },
  });
});
afterAll(() => server.close());

const due = async (query = "", cookie = team.author) => {
  const response = await server.request({ method: "GET", url: `${DUE}${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().documents as Array<Record<string, unknown>>;
};

describe("reviews due", () => {
  it("lists published documents due within 30 days or overdue, soonest first, with name and who answers for them", async () => {
    expect(await due()).toEqual([
      {
        kind: "Channel",
        id: "post",
        name: expect.objectContaining({ en: expect.any(String), cs: expect.any(String) }),
        version: 2,
        reviewBy: day(-10),
        responsible: null,
        overdue: true,
      },
      {
        kind: "Service",
        id: "dog-registration",
        name: expect.objectContaining({ en: expect.any(String) }),
        version: 2,
        reviewBy: day(5),
        responsible: "Eva Dvořáková <eva.dvorakova@dubova.example>",
        overdue: false,
      },
    ]);
  });

  it("takes the window in days: overdue documents are always listed", async () => {
    expect((await due("?within=0")).map((document) => document.id)).toEqual(["post"]);
    expect((await due("?within=90")).map((document) => document.id)).toEqual([
      "post",
      "dog-registration",
      "phone-helpline",
    ]);
    const response = await server.request({ method: "GET", url: `${DUE}?within=soon`, cookie: team.author });
    expect(response.statusCode).toBe(400);
  });

  it("counts a date as overdue from the day after it, and due on its day", async () => {
    const actor = { type: "system" } as const;
    const tenDaysOn = new Date(Date.now() + 10 * 86_400_000);
    const [post, dog] = await listReviewsDue(server.db, actor, DEMO_ORG, { within: 0, now: tenDaysOn });
    expect(post).toMatchObject({ id: "post", overdue: true });
    expect(dog).toMatchObject({ id: "dog-registration", overdue: true });
    const onTheDay = await listReviewsDue(server.db, actor, DEMO_ORG, {
      within: 0,
      now: new Date(Date.now() - 10 * 86_400_000),
    });
    expect(onTheDay).toEqual([expect.objectContaining({ id: "post", overdue: false })]);
  });

  it("is for the organisation's staff only", async () => {
    const outsider = await server.staff({ "other-town": ["admin"] });
    expect((await server.request({ method: "GET", url: DUE, cookie: outsider.cookie })).statusCode).toBe(404);
    expect((await server.request({ method: "GET", url: DUE })).statusCode).toBe(401);
    const officer = await server.staff({ [DEMO_ORG]: ["officer"] });
    expect((await due("", officer.cookie)).length).toBe(2);
  });
});
