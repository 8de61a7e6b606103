import type { SourceFile } from "@civitas/definitions";
import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { ensureDocument, findDocument } from "../repositories/document-repository.ts";
import { findVersion } from "../repositories/version-repository.ts";
import { findWorkingCopy, upsertWorkingCopy } from "../repositories/working-copy-repository.ts";
import { checkWorkingCopy } from "./check-working-copy.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toWorkingCopy } from "./to-output.ts";

export type WorkingCopySource =
  | { text: string; path?: string | undefined }
  | { content: Record<string, unknown> };

/**
 * Validates one document and stores it as the document's one working copy, in state draft (a copy
 * in review or approved goes back to draft, and loses its schedule). Nothing is stored when the
 * document has errors or is not the one the request names.
 */
export async function saveWorkingCopy(
  db: Kysely<Database>,
  actor: Actor,
  ref: DocumentRef,
  input: WorkingCopySource,
) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.author);
  const { definition, problems } = await checkWorkingCopy(db, ref, toSourceFile(ref, input));
  return db.transaction().execute(async (trx) => {
    const previous = await findWorkingCopy(trx, ref, { lock: true });
    const document = await findDocument(trx, ref, { lock: true });
    if (document?.archived_at) {
      throw new AppError(
        "invalid-state-transition",
        `${describeDocument(ref)} is archived; restore it before editing it`,
      );
    }
    if (!document) await ensureDocument(trx, ref);
    const latest = await findVersion(trx, ref);
    const row = await upsertWorkingCopy(trx, ref, {
      content: definition,
      baseVersion: latest?.version ?? null,
      updatedBy: actorLabel(actor),
    });
    await insertAuditEntry(trx, ref, {
      actor: actorLabel(actor),
      action: "save-working-copy",
      detail: { baseVersion: row.base_version, ...(previous ? { previousState: previous.state } : {}) },
    });
    return { workingCopy: toWorkingCopy(row), problems };
  });
}

function toSourceFile(ref: DocumentRef, input: WorkingCopySource): SourceFile {
  if ("content" in input) {
    return { path: `${ref.kind}/${ref.documentId}.json`, text: JSON.stringify(input.content, null, 2) };
  }
  return { path: input.path ?? `${ref.kind}/${ref.documentId}.yaml`, text: input.text };
}
