import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.ts";
import { createToken, hashToken } from "../auth/tokens.ts";
import { type Owner, ownerColumns } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { allowsAnonymous, getLatestFormVersion, retentionDaysOf } from "../registry/form-versions.ts";
import { serializeDraftData } from "./draft-data.ts";
import {
  findDraft,
  findDraftHead,
  insertDraft,
  listDraftsOfSubject,
  updateDraftIfRevision,
} from "./drafts-repository.ts";
import { localize } from "./localize.ts";

type Db = Kysely<Database>;

export interface DraftView {
  id: string;
  organisation: string;
  form: string;
  formVersion: number;
  data: Record<string, unknown>;
  page: string | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

const MY_DRAFTS_LIMIT = 200;

const gone = (expiresAt: Date) =>
  new AppError(
    "gone",
    `This draft expired on ${expiresAt.toISOString()}, after a period without changes, and can no longer be opened; please start the form again`,
    { expiredAt: expiresAt.toISOString() },
  );

/** An owner's draft that has not expired: 404 for anyone else (never revealing it exists), 410 once expired. */
export async function getLiveDraftHead(db: Db, owner: Owner | undefined, id: string) {
  const head = owner ? await findDraftHead(db, id, owner) : undefined;
  if (!head) throw notFound("Draft");
  if (head.expired) throw gone(new Date(head.expires_at));
  return head;
}

function newOwner(actor: Actor, anonymousAllowed: boolean): { owner: Owner; resumeToken?: string } {
  if (actor.type === "citizen") return { owner: { kind: "subject", subject: actor.subject } };
  if (!anonymousAllowed)
    throw new AppError("unauthenticated", "Sign in to fill in this form; it cannot be filled in anonymously");
  const resumeToken = createToken();
  return { owner: { kind: "resume-token", tokenHash: hashToken(resumeToken) }, resumeToken };
}

/**
 * Starts a draft on the latest published version of a form, pinned to it. A signed-in citizen owns it;
 * anyone else gets an anonymous draft and its resume token (returned this once) where the form allows.
 */
export async function createDraft(
  db: Db,
  actor: Actor,
  input: { organisationId: string; formId: string; data?: Record<string, unknown>; page?: string | null },
): Promise<DraftView & { resumeToken?: string }> {
  const data = serializeDraftData(input.data ?? {});
  const form = await getLatestFormVersion(db, input.organisationId, input.formId);
  const { owner, resumeToken } = newOwner(actor, allowsAnonymous(form.spec));
  const row = await insertDraft(db, {
    organisationId: form.organisationId,
    formId: form.formId,
    formVersionId: form.id,
    owner: ownerColumns(owner),
    data,
    page: input.page ?? null,
    retentionDays: retentionDaysOf(form.spec),
  });
  const view: DraftView = {
    id: row.id,
    organisation: form.organisationId,
    form: form.formId,
    formVersion: form.version,
    data: JSON.parse(data),
    page: input.page ?? null,
    revision: row.revision,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  };
  return resumeToken ? { ...view, resumeToken } : view;
}

export async function getDraft(db: Db, owner: Owner | undefined, id: string): Promise<DraftView> {
  const row = owner ? await findDraft(db, id, owner) : undefined;
  if (!row) throw notFound("Draft");
  if (row.expired) throw gone(new Date(row.expires_at));
  return {
    id: row.id,
    organisation: row.organisation_id,
    form: row.form_id,
    formVersion: row.form_version,
    data: row.data,
    page: row.page,
    revision: row.revision,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  };
}

/**
 * Saves a draft's answers if `revision` is still the stored one; a second tab that saved in between
 * makes this a revision conflict and changes nothing. Each save moves the expiry to a full retention
 * period from now.
 *
 * A save is one conditional UPDATE (the retention is stored on the draft); only when it matches
 * nothing is the draft read, to answer why: 404 unknown or not the owner's, 410 expired, 409 conflict.
 */
export async function saveDraft(
  db: Db,
  owner: Owner | undefined,
  id: string,
  input: { data: Record<string, unknown>; page?: string | null; revision: number },
): Promise<{ id: string; revision: number; updatedAt: Date; expiresAt: Date }> {
  const data = serializeDraftData(input.data);
  if (!owner) throw notFound("Draft");
  const change = {
    id,
    owner,
    revision: input.revision,
    data,
    ...(input.page !== undefined ? { page: input.page } : {}),
  };
  const saved = (await updateDraftIfRevision(db, change)) ?? (await saveUnmatched(db, change));
  return {
    id: saved.id,
    revision: saved.revision,
    updatedAt: new Date(saved.updated_at),
    expiresAt: new Date(saved.expires_at),
  };
}

/** After a save matched nothing: throws why — 404 (not yours or unknown), 410 (expired) or 409. */
async function saveUnmatched(db: Db, change: Parameters<typeof updateDraftIfRevision>[1]): Promise<never> {
  const head = await getLiveDraftHead(db, change.owner, change.id);
  throw new AppError(
    "revision-conflict",
    `This draft was saved elsewhere in the meantime (now at revision ${head.revision}, you sent ${change.revision}); reload it before saving again`,
    { currentRevision: head.revision, updatedAt: new Date(head.updated_at).toISOString() },
  );
}

/** The signed-in citizen's unexpired drafts, most recently changed first, with form names in `lang`. */
export async function listMyDrafts(db: Db, actor: Actor, lang?: string) {
  if (actor.type !== "citizen") throw new AppError("unauthenticated", "Sign in to see your drafts");
  const rows = await listDraftsOfSubject(db, actor.subject, MY_DRAFTS_LIMIT);
  return rows.map((row) => ({
    id: row.id,
    organisation: row.organisation_id,
    form: row.form_id,
    formName: localize(row.form_name, lang),
    formVersion: row.form_version,
    page: row.page,
    revision: row.revision,
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  }));
}
