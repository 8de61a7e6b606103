import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { findVersion } from "../repositories/version-repository.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toVersion } from "./to-output.ts";

/** One published version of a document, with its content. */
export async function getDocumentVersion(
  db: Kysely<Database>,
  actor: Actor,
  ref: DocumentRef,
  version: number,
) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.read);
  const row = await findVersion(db, ref, version);
  if (!row)
    throw new AppError(
      "not-found",
      `${describeDocument(ref)} has no version ${version} in ${ref.organisationId}`,
    );
  return toVersion(row);
}
