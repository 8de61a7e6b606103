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
import { nextCaseSequence } from "./case-repository.ts";
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

/**
 * Submits a form: checks the answers against the pinned form version, gives the case its number (in
 * a short transaction of its own, see `nextCaseSequence`), then stores the case with its first
 * history entry and one outbox row per route in one statement — in one transaction with consuming
 * the draft, when there is one. A retry with the same idempotency key returns the same submission.
 *
 * Round trips of a new submission: the form version (or the draft), the case number, the insert.
 * The idempotency key is looked up in the statement that takes the case number, so a retry of a
 * stored submission takes no number; when the answers do not pass the checks, the key is looked up
 * before the error is raised, so a retry is answered even if its draft is gone or the form changed.
 */
export async function submitSubmission(db: Kysely<Database>, input: SubmitInput): Promise<SubmitResult> {
  const shapeErrors = checkDataShape(input.data);
  if (shapeErrors.length > 0) throw invalidSubmission("The answers cannot be stored", shapeErrors);
  let checked: CheckedSubmission;
  try {
    checked = await checkSubmission(db, input);
  } catch (error) {
    const stored = await findSubmissionByKey(db, input.organisationId, input.idempotencyKey).catch(
      () => undefined,
    );
    if (stored) return replay(db, stored, input);
    throw error;
  }
  const { version, draftId, owner, resumeToken, data, attachments } = checked;

  const at = new Date();
  const settings = version.spec.submission;
  // Taken before, not inside, the submission's transaction, so that concurrent submissions of a form
  // do not queue behind one another's commits. A submission that fails from here on (a lost race
  // for its key, a draft consumed meanwhile, a foreign attachment) leaves a gap in the numbers.
  const scope = caseCounterScope(settings.caseNumber, input.formId, at);
  const seq = await nextCaseSequence(db, {
    organisationId: input.organisationId,
    scope,
    unlessKeyUsed: input.idempotencyKey,
  });
  if (seq === undefined) return replayByKey(db, input);

  const submission = {
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
  };
  const newCase = {
    actor: actorLabel(input.actor),
    routes: settings.routes.filter((route) => !route.when || evaluateCondition(route.when, data)),
  };
  // Without a draft the one statement is atomic by itself; a draft is consumed in its transaction.
  const inserted = await (draftId
    ? db.transaction().execute(async (trx) => {
        const row = await insertSubmission(trx, submission, newCase);
        if (row) await consumeDraft(trx, input.organisationId, draftId, row.id, attachments);
        return row;
      })
    : insertSubmission(db, submission, newCase)
  ).catch((error: unknown) => {
    if (isUniqueViolation(error, "submissions_case_number"))
      throw new AppError(
        "conflict",
        "The form's case-number pattern gives numbers another form already uses",
      );
    throw error;
  });
  // Another request took the key since the number was taken (nothing was written): a retry.
  if (!inserted) return replayByKey(db, input);

  const receipt = toReceipt(
    {
      id: inserted.id,
      case_number: submission.case_number,
      state: submission.state,
      submitted_at: at,
      form_version: version.version,
    },
    resumeToken,
  );
  return { created: true, receipt };
}

type CheckedSubmission = Awaited<ReturnType<typeof checkSubmission>>;

/**
 * The checks before anything is written: the form version (the draft's pinned one, else the latest),
 * who may submit, the answers against the form and where their attachments come from.
 */
async function checkSubmission(db: Kysely<Database>, input: SubmitInput) {
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
  return { version, draftId, owner, resumeToken, data, attachments };
}

/** Answers a request whose key another submission has taken. */
async function replayByKey(db: Kysely<Database>, input: SubmitInput): Promise<SubmitResult> {
  const stored = await findSubmissionByKey(db, input.organisationId, input.idempotencyKey);
  if (!stored) throw new AppError("internal", "The submission that took this key could not be read");
  return replay(db, stored, input);
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
