import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../auth/actor.ts";
import type { Owner } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { BACK_OFFICE_ROLES } from "./case-state-service.ts";
import {
  findSubmissionInOrganisation,
  findSubmissionOfOwner,
  listSubmissionsInOrganisation,
  listSubmissionsOfOwner,
  type SubmissionFilters,
} from "./submission-repository.ts";
import { toBackOfficeView, toOwnerView, toSummary } from "./submission-views.ts";

const notVisible = (id: string) =>
  new AppError("not-found", `Submission ${id} does not exist or is not visible to you`);

const requireOwner = (owner: Owner | undefined): Owner => {
  if (!owner)
    throw new AppError("unauthenticated", "Sign in, or send your resume token in the X-Resume-Token header");
  return owner;
};

/** One of the citizen's own submissions with its state history; anyone else's is "not found". */
export async function getOwnSubmission(db: Kysely<Database>, owner: Owner | undefined, id: string) {
  const row = await findSubmissionOfOwner(db, requireOwner(owner), id);
  if (!row) throw notVisible(id);
  return toOwnerView(db, row);
}

/** The citizen's submissions, newest first. */
export async function listOwnSubmissions(db: Kysely<Database>, owner: Owner | undefined, limit = 100) {
  const rows = await listSubmissionsOfOwner(db, requireOwner(owner), limit);
  return rows.map(toSummary);
}

export async function listOrganisationSubmissions(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  filters: SubmissionFilters,
) {
  requireRole(actor, organisationId, BACK_OFFICE_ROLES);
  const rows = await listSubmissionsInOrganisation(db, organisationId, filters);
  return rows.map(toSummary);
}

export async function getOrganisationSubmission(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  id: string,
) {
  requireRole(actor, organisationId, BACK_OFFICE_ROLES);
  const row = await findSubmissionInOrganisation(db, organisationId, id);
  if (!row) throw notVisible(id);
  return toBackOfficeView(db, row);
}
