import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { diffJson } from "../json-diff.ts";
import { findVersion } from "../repositories/version-repository.ts";
import { findWorkingCopy } from "../repositories/working-copy-repository.ts";
import { findExistingDocument } from "./get-document.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";

export interface DiffRange {
  /** A version; by default the latest one (before `to` when `to` is a version). */
  from?: number | undefined;
  /** A version or the working copy (the default). */
  to?: number | "working-copy" | undefined;
}

/** What changed between two versions of a document, or between a version and the working copy. */
export async function diffDocument(
  db: Kysely<Database>,
  actor: Actor,
  ref: DocumentRef,
  range: DiffRange = {},
) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.read);
  await findExistingDocument(db, ref);
  const to = range.to ?? "working-copy";
  let after: unknown;
  if (to === "working-copy") {
    const workingCopy = await findWorkingCopy(db, ref);
    if (!workingCopy) throw new AppError("not-found", `${describeDocument(ref)} has no working copy`);
    after = workingCopy.content;
  } else {
    after = (await requireVersion(db, ref, to)).content;
  }
  let from = range.from ?? null;
  let before: unknown;
  if (from !== null) {
    before = (await requireVersion(db, ref, from)).content;
  } else if (to === "working-copy") {
    const latest = await findVersion(db, ref);
    from = latest?.version ?? null;
    before = latest?.content;
  } else if (to > 1) {
    from = to - 1;
    before = (await requireVersion(db, ref, from)).content;
  }
  return { from, to, changes: diffJson(before, after) };
}

async function requireVersion(db: Kysely<Database>, ref: DocumentRef, version: number) {
  const row = await findVersion(db, ref, version);
  if (!row) throw new AppError("not-found", `${describeDocument(ref)} has no version ${version}`);
  return row;
}
