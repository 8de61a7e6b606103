import type { SourceFile } from "@civitas/definitions";
import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { checkDefinitions } from "./check-definitions.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";

/** Checks definition files against the organisation's published documents; changes nothing. */
export async function validateDefinitions(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  files: readonly SourceFile[],
) {
  requireRole(actor, organisationId, REGISTRY_ROLES.author);
  const { ok, problems } = await checkDefinitions(db, organisationId, files);
  return { ok, problems };
}
