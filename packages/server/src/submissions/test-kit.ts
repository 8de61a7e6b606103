import { randomUUID } from "node:crypto";
import { DOCUMENT_SCHEMAS } from "@civitas/definitions";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { hashToken } from "../auth/tokens.ts";
import { publishVersion } from "../registry/document-store.ts";

// Helpers for the submissions tests: valid answers of a demo form, a small form of our own, and rows
// the drafts and attachments domains would otherwise create.

export const ORG = DEMO_ORG;

type Change = Record<string, unknown>;

/**
 * Answers to the demo form `dog-registration` that pass its schema (read from its YAML), with
 * changes to the keeper, the one dog or the reduction merged in (`undefined` removes an answer).
 */
export const dogData = (change: { owner?: Change; dog?: Change; reduction?: Change } = {}) => ({
  owner: {
    givenName: "Jana",
    familyName: "Nováková",
    birthDate: "1980-04-12",
    address: { street: "Lipová 12", city: "Dubová", postalCode: "386 01" },
    email: "jana@example.cz",
    ...change.owner,
  },
  dogs: [
    {
      name: "Rex",
      breed: "Labradorský retrívr",
      sex: "male",
      birthDate: "2021-05-01",
      chipNumber: "203098100123456",
      heldSince: "2021-07-01",
      keptAtOwnerAddress: "yes",
      housing: "family-house",
      fromShelter: "no",
      ...change.dog,
    },
  ],
  reduction: { feeReduction: "none", ...change.reduction },
  declarations: { truthful: true },
});

/**
 * Publishes a small feedback form of our own: anonymous allowed unless told otherwise, a `street`
 * shown only for road topics, an optional photo, and a route to the roads office only for roads.
 */
export async function publishFeedbackForm(
  server: TestServer,
  id: string,
  options: {
    allowAnonymous?: boolean;
    requireSeverity?: boolean;
    caseStates?: string[];
    caseNumber?: string;
  } = {},
) {
  const definition = DOCUMENT_SCHEMAS.Form.parse({
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id, organisation: ORG },
    spec: {
      name: { en: "Feedback", cs: "Podnět" },
      schema: {
        type: "object",
        required: ["topic", "message", ...(options.requireSeverity ? ["severity"] : [])],
        properties: {
          topic: { type: "string", enum: ["roads", "noise", "other"] },
          message: { type: "string", minLength: 1, maxLength: 2000 },
          street: { type: "string", minLength: 2, maxLength: 100 },
          photo: { type: "string", format: "attachment" },
          documents: { type: "array", items: { type: "string", format: "attachment" } },
          severity: { type: "integer", minimum: 1, maximum: 5 },
        },
      },
      logic: [{ when: { field: "topic", equals: "roads" }, show: ["street"], require: ["street"] }],
      submission: {
        caseNumber: options.caseNumber ?? "FB-{year}-{seq:4}",
        ...(options.caseStates ? { caseStates: options.caseStates } : {}),
        routes: [
          { id: "archive", connector: "postgres-table", table: "feedback" },
          {
            id: "roads-office",
            connector: "email",
            to: ["roads@dubova.example"],
            when: { field: "topic", equals: "roads" },
          },
        ],
        allowAnonymous: options.allowAnonymous ?? true,
      },
    },
  });
  return publishVersion(server.db, definition, "test");
}

export interface SubmitOptions {
  form: string;
  data: unknown;
  key?: string;
  cookie?: string;
  resumeToken?: string;
  draftId?: string;
  organisation?: string;
}

/** POSTs a submission through the REST API. */
export function submit(server: TestServer, options: SubmitOptions): Promise<LightMyRequestResponse> {
  const headers: InjectOptions["headers"] = { "idempotency-key": options.key ?? randomUUID() };
  if (options.resumeToken) headers["x-resume-token"] = options.resumeToken;
  return server.request({
    method: "POST",
    url: `/api/v1/organisations/${options.organisation ?? ORG}/forms/${options.form}/submissions`,
    headers,
    ...(options.cookie ? { cookie: options.cookie } : {}),
    payload: { data: options.data, locale: "cs", ...(options.draftId ? { draftId: options.draftId } : {}) },
  });
}

/** The identity subject behind a citizen's session cookie. */
export async function subjectOf(server: TestServer, cookie: string): Promise<string> {
  const token = cookie.slice(cookie.indexOf("=") + 1);
  const row = await server.db
    .selectFrom("citizen_sessions")
    .select("subject")
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirstOrThrow();
  return row.subject;
}

/** A draft row, as the drafts domain would write it, pinned to the latest version of a form. */
export async function createDraft(
  server: TestServer,
  form: string,
  owner: { subject: string } | { resumeToken: string },
  options: { expiresAt?: Date; versionId?: string } = {},
): Promise<string> {
  const version = await server.db
    .selectFrom("document_versions")
    .select("id")
    .where("organisation_id", "=", ORG)
    .where("kind", "=", "Form")
    .where("document_id", "=", form)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  const row = await server.db
    .insertInto("drafts")
    .values({
      organisation_id: ORG,
      form_id: form,
      form_version_id: options.versionId ?? version.id,
      owner_subject: "subject" in owner ? owner.subject : null,
      resume_token_hash: "resumeToken" in owner ? hashToken(owner.resumeToken) : null,
      data: "{}",
      created_at: new Date(),
      updated_at: new Date(),
      expires_at: options.expiresAt ?? new Date(Date.now() + 86_400_000),
      retention_days: 30,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An uploaded file attached to a draft. */
export async function createAttachment(
  server: TestServer,
  draftId: string,
  fieldPath = "photo",
): Promise<string> {
  const id = `att_${randomUUID().replaceAll("-", "")}`;
  await server.db
    .insertInto("attachments")
    .values({
      id,
      organisation_id: ORG,
      draft_id: draftId,
      submission_id: null,
      field_path: fieldPath,
      filename: "photo.png",
      content_type: "image/png",
      size: 4,
      sha256: "0".repeat(64),
      content: new Uint8Array([1, 2, 3, 4]),
      created_at: new Date(),
    })
    .execute();
  return id;
}

/** How many submissions the organisation has. */
export async function countSubmissions(server: TestServer): Promise<number> {
  const row = await server.db
    .selectFrom("submissions")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("organisation_id", "=", ORG)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export const newResumeToken = () => `${randomUUID()}${randomUUID()}`.replaceAll("-", "");
