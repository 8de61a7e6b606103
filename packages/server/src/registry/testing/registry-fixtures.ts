import type { Kind } from "@civitas/definitions";
import { DEMO_ORG, type TestServer } from "../../../test/test-server.ts";
import { getPublishedVersion } from "../document-store.ts";

/** The URL of a document's REST resource, e.g. `documentUrl("Channel", "post", "/working-copy")`. */
export const documentUrl = (kind: string, id: string, suffix = "", organisation = DEMO_ORG) =>
  `/api/v1/organisations/${organisation}/documents/${kind}/${id}${suffix}`;

/** A document's JSON as a test edits it: the test knows which fields are there. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into known documents without narrowing each step
export type EditableDocument = Record<string, any>;

/** A copy of a document's latest published content, to edit in a test. */
export async function publishedContent(
  server: TestServer,
  kind: Kind,
  id: string,
): Promise<EditableDocument> {
  const latest = await getPublishedVersion(server.db, { organisationId: DEMO_ORG, kind, documentId: id });
  return structuredClone(latest.content);
}

/** A small valid Channel of the demo organisation, as YAML. */
export const channelYaml = (id: string, name = "By post", organisation = DEMO_ORG) => `apiVersion: civitas/v1
kind: Channel
metadata:
  id: ${id}
  organisation: ${organisation}
spec:
  type: post
  name:
    cs: ${name} (cs)
    en: ${name}
  address:
    street: Náměstí Míru 1
    postalCode: "386 01"
    city: Dubová
`;

/** An author, a reviewer and a publisher of the demo organisation, signed in. */
export async function signInTeam(server: TestServer) {
  const [author, reviewer, publisher] = await Promise.all([
    server.staff({ [DEMO_ORG]: ["author"] }),
    server.staff({ [DEMO_ORG]: ["reviewer"] }),
    server.staff({ [DEMO_ORG]: ["publisher"] }),
  ]);
  return {
    author: author.cookie,
    reviewer: reviewer.cookie,
    publisher: publisher.cookie,
    /** How the audit log and versions name the publisher. */
    publisherLabel: `staff:${publisher.email}`,
  };
}

/** Takes new content through save → submit → approve → publish; returns the publish answer. */
export async function publishThroughWorkflow(
  server: TestServer,
  team: Awaited<ReturnType<typeof signInTeam>>,
  kind: string,
  id: string,
  content: object,
  at?: string,
) {
  const url = (suffix: string) => documentUrl(kind, id, suffix);
  const steps = [
    await server.request({
      method: "PUT",
      url: url("/working-copy"),
      cookie: team.author,
      payload: { content },
    }),
    await server.request({ method: "POST", url: url("/working-copy/submit"), cookie: team.author }),
    await server.request({ method: "POST", url: url("/working-copy/approve"), cookie: team.reviewer }),
    await server.request({
      method: "POST",
      url: url("/working-copy/publish"),
      cookie: team.publisher,
      ...(at ? { payload: { at } } : {}),
    }),
  ];
  const failed = steps.find((step) => step.statusCode !== 200);
  if (failed) throw new Error(`workflow step failed: ${failed.statusCode} ${failed.body}`);
  return steps[3]?.json() as { published: boolean; version: number | null; publishAt: string | null };
}
