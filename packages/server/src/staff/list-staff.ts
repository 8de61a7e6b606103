import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.ts";
import type { Database } from "../db/schema.ts";
import { listStaffMembers } from "./staff-repository.ts";
import { requireStaffAdmin } from "./staff-rules.ts";

/** The organisation's staff with their roles and last sign-in, by name. */
export async function listStaff(db: Kysely<Database>, actor: Actor, organisationId: string) {
  requireStaffAdmin(actor, organisationId);
  return listStaffMembers(db, organisationId);
}
