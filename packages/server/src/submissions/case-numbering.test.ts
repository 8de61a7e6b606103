import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../test/test-server.ts";
import { nextCaseSequence } from "./case-repository.ts";
import { createAttachment, createDraft, ORG, publishFeedbackForm, subjectOf, submit } from "./test-kit.ts";

let server: TestServer;
let citizen: string;
beforeAll(async () => {
  server = await createTestServer();
  citizen = await server.citizen();
  await publishFeedbackForm(server, "numbered", { caseNumber: "NU-{year}-{seq:3}" });
});
afterAll(() => server?.close());

const year = new Date().getUTCFullYear();
const data = (message: string) => ({ topic: "other", message });

describe("case numbers", () => {
  it("are not taken by a retry, and stay unique and increasing past a submission that failed", async () => {
    const key = randomUUID();
    const first = await submit(server, { form: "numbered", data: data("first"), key, cookie: citizen });
    const retry = await submit(server, { form: "numbered", data: data("first"), key, cookie: citizen });
    const second = await submit(server, { form: "numbered", data: data("second"), cookie: citizen });
    expect([first.statusCode, retry.statusCode, second.statusCode]).toEqual([201, 200, 201]);
    expect([first.json().caseNumber, retry.json().caseNumber, second.json().caseNumber]).toEqual([
      `NU-${year}-001`,
      `NU-${year}-001`,
      `NU-${year}-002`,
    ]);

    // Found out only while storing it (in its transaction), after it took a number.
    const subject = await subjectOf(server, citizen);
    const draftId = await createDraft(server, "numbered", { subject });
    const foreign = await createAttachment(server, await createDraft(server, "numbered", { subject }));
    const failed = await submit(server, {
      form: "numbered",
      data: { ...data("failed"), photo: foreign },
      cookie: citizen,
      draftId,
    });
    expect(failed.statusCode).toBe(422);

    const third = await submit(server, { form: "numbered", data: data("third"), cookie: citizen });
    expect(third.statusCode).toBe(201);
    // The failed submission's number may be left unused (a gap), but is never given out twice.
    expect(third.json().caseNumber > second.json().caseNumber).toBe(true);
    const numbers = await server.db
      .selectFrom("submissions")
      .select("case_number")
      .where("organisation_id", "=", ORG)
      .where("form_id", "=", "numbered")
      .execute();
    expect(numbers).toHaveLength(3);
  });

  it("are taken without leaving synchronous_commit off for the connection", async () => {
    await server.db.connection().execute(async (connection) => {
      const setting = async () =>
        (
          await sql<{ value: string }>`select current_setting('synchronous_commit') as value`.execute(
            connection,
          )
        ).rows[0]?.value;
      const before = await setting();
      const scope = `test-${randomUUID()}`;
      const counter = { organisationId: ORG, scope, unlessKeyUsed: randomUUID() };
      expect(await nextCaseSequence(connection, counter)).toBe(1);
      expect(await nextCaseSequence(connection, counter)).toBe(2);
      expect(await setting()).toBe(before);
    });
  });
});
