import { evaluateCondition, pruneHiddenFields } from "@civitas/definitions";
import type { Kysely } from "kysely";
import { type Actor, actorLabel } from "../auth/actor.ts";
import { createToken, hashToken } from "../auth/tokens.ts";
import type { Owner } from "../citizens/owner.ts";
import { ownerColumns } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { getFormVersion } from "../registry/form-versions.ts";
import { caseCounterScope, formatCaseNumber } from "./case-number.ts";
import { insertHistory, insertOutboxRows, nextCaseSequence } from "./case-repository.ts";
import { consumeDraft } from "./consume-draft.ts";
import { resolveFormVersion } from "./resolve-form-version.ts";
import { checkDataShape, collectAttachmentIds, invalidSubmission, sameData } from "./submission-data.ts";
import { isOwnedBy } from "./submission-owner.ts";
import { findSubmissionByKey, insertSubmission, type StoredSubmission } from "./submission-repository.ts";
import { toReceipt } from "./submission-views.ts";

export interface SubmitInput {
  organisationId: string;
  formId: string;
  idempotencyKey: string;
  data: Record<string, unknown>;
  locale: string;
  draftId?: string | undefined;
  actor: Actor;
  /** The owner the request speaks for (`ownerOf`), if any. */
  owner: Owner | undefined;
}

export type SubmitResult = { created: boolean; receipt: ReturnType<typeof toReceipt> };

const isUniqueViolation = (error: unknown, constraint: string) =>
  typeof error === "object" &&
  error !== null &&
  (error as { code?: unknown }).code === "23505" &&
  (error as { constraint?: unknown }).constraint === constraint;

/** Raised inside the transaction when another request took the idempotency key first; rolls it back. */
class KeyTaken extends Error {}

/**
 * Submits a form: validates the answers against the pinned form version, then in one transaction
 * gives the case its number, stores it with its first history entry and one outbox row per route,
 * and consumes the draft. A retry with the same idempotency key returns the same submission.
 */
export async function submitSubmission(db: Kysely<Database>, input: SubmitInput): Promise<SubmitResult> {
  const shapeErrors = checkDataShape(input.data);
  if (shapeErrors.length > 0) throw invalidSubmission("The answers cannot be stored", shapeErrors);
  const existing = await findSubmissionByKey(db, input.organisationId, input.idempotencyKey);
  if (existing) return replay(db, existing, input);

  const { version, draftId } = await resolveFormVersion(db, input);
  let owner = input.owner;
  if (owner?.kind !== "subject" && !version.spec.submission.allowAnonymous)
    throw new AppError(
      "unauthenticated",
      `Sign in to submit this form: ${input.formId} is not open to anonymous use`,
    );
  let resumeToken: string | undefined;
  if (!owner) {
    resumeToken = createToken();
    owner = { kind: "resume-token", tokenHash: hashToken(resumeToken) };
  }

  const data = pruneHiddenFields(version.spec, input.data);
  const errors = version.validate(data);
  if (errors.length > 0) throw invalidSubmission("The answers do not match the form", errors);
  const attachments = collectAttachmentIds(version.spec, data);
  if (attachments.length > 0 && !draftId)
    throw invalidSubmission("Attachments must be uploaded to the draft being submitted", [
      ...attachments.map(({ path }) => ({ path, message: "refers to a file that is not part of a draft" })),
    ]);

  const at = new Date();
  const settings = version.spec.submission;
  const inserted = await db
    .transaction()
    .execute(async (trx) => {
      const scope = caseCounterScope(settings.caseNumber, input.formId, at);
      const seq = await nextCaseSequence(trx, input.organisationId, scope);
      const row = await insertSubmission(trx, {
        organisation_id: input.organisationId,
        form_id: input.formId,
        form_version_id: version.id,
        case_number: formatCaseNumber(settings.caseNumber, { formId: input.formId, at, seq }),
        ...ownerColumns(owner),
        idempotency_key: input.idempotencyKey,
        data: JSON.stringify(data),
        locale: input.locale,
        state: "submitted",
        submitted_at: at,
      });
      if (!row) throw new KeyTaken();
      const actor = actorLabel(input.actor);
      await insertHistory(trx, { submissionId: row.id, state: "submitted", note: null, actor, at });
      const routes = settings.routes.filter((route) => !route.when || evaluateCondition(route.when, data));
      await insertOutboxRows(trx, row.id, routes);
      if (draftId) await consumeDraft(trx, input.organisationId, draftId, row.id, attachments);
      return row;
    })
    .catch((error: unknown) => {
      if (error instanceof KeyTaken) return undefined;
      if (isUniqueViolation(error, "submissions_case_number"))
        throw new AppError(
          "conflict",
          "The form's case-number pattern gives numbers another form already uses",
        );
      throw error;
    });
  if (!inserted) {
    const winner = await findSubmissionByKey(db, input.organisationId, input.idempotencyKey);
    if (!winner) throw new AppError("internal", "The submission that took this key could not be read");
    return replay(db, winner, input);
  }
  const receipt = toReceipt({ ...inserted, form_version: version.version }, resumeToken);
  return { created: true, receipt };
}

/** A request with a key already used: the same owner with the same answers gets the same submission. */
async function replay(
  db: Kysely<Database>,
  stored: StoredSubmission,
  input: SubmitInput,
): Promise<SubmitResult> {
  const version = await getFormVersion(db, stored.organisation_id, stored.form_version_id);
  const same =
    stored.form_id === input.formId &&
    isOwnedBy(stored, input.owner) &&
    sameData(stored.data, pruneHiddenFields(version.spec, input.data));
  if (!same)
    throw new AppError(
      "idempotency-conflict",
      input.owner
        ? "This Idempotency-Key was already used for another submission; send a new key for new answers"
        : "This Idempotency-Key was already used; an anonymous retry must send the resume token it was given (X-Resume-Token)",
    );
  return { created: false, receipt: toReceipt(stored) };
}
