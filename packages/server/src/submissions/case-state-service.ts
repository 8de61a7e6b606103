import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../auth/actor.ts";
import type { Owner } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { getFormVersion } from "../registry/form-versions.ts";
import { insertHistory } from "./case-repository.ts";
import { assertCaseTransition } from "./case-state-machine.ts";
import { lockSubmission, updateSubmissionState } from "./submission-repository.ts";

export const BACK_OFFICE_ROLES = ["officer", "back-office"] as const;

type Target = { organisationId: string; id: string } | { owner: Owner; id: string };

/** Moves a case to a new state if the machine and the form allow it, and appends to its history. */
async function moveCase(
  db: Kysely<Database>,
  target: Target,
  change: { state: string; note?: string | undefined; reference?: string | undefined; actor: Actor },
): Promise<{ organisationId: string; id: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await lockSubmission(trx, target);
    if (!row)
      throw new AppError("not-found", `Submission ${target.id} does not exist or is not visible to you`);
    const version = await getFormVersion(trx, row.organisation_id, row.form_version_id);
    assertCaseTransition(row.case_number, row.state, change.state, version.spec.submission.caseStates);
    await updateSubmissionState(trx, {
      organisationId: row.organisation_id,
      id: row.id,
      state: change.state,
      externalReference: change.reference,
    });
    await insertHistory(trx, {
      submissionId: row.id,
      state: change.state,
      note: change.note ?? null,
      actor: actorLabel(change.actor),
    });
    return { organisationId: row.organisation_id, id: row.id };
  });
}

/** A back office (staff officer or an API key with the back-office role) reports a case's new state. */
export async function changeCaseState(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    id: string;
    state: string;
    note?: string | undefined;
    reference?: string | undefined;
    actor: Actor;
  },
): Promise<void> {
  requireRole(input.actor, input.organisationId, BACK_OFFICE_ROLES);
  await moveCase(db, { organisationId: input.organisationId, id: input.id }, input);
}

/** The citizen who submitted withdraws their case while it is still open. */
export async function withdrawSubmission(
  db: Kysely<Database>,
  input: { owner: Owner | undefined; id: string; note?: string | undefined; actor: Actor },
): Promise<void> {
  if (!input.owner)
    throw new AppError("unauthenticated", "Sign in, or send your resume token in the X-Resume-Token header");
  await moveCase(db, { owner: input.owner, id: input.id }, { ...input, state: "withdrawn" });
}
