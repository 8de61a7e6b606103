import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { publishVersion } from "../document-store.ts";
import { diffJson } from "../json-diff.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { updateOrganisationName } from "../repositories/organisation-repository.ts";
import { findVersion } from "../repositories/version-repository.ts";
import { deleteWorkingCopy, type WorkingCopyRow } from "../repositories/working-copy-repository.ts";
import { checkWorkingCopy } from "./check-working-copy.ts";

/**
 * Publishes a locked, approved working copy as the document's next version and deletes the copy.
 * Run inside the transaction that locked it. The copy is checked again first, because the documents
 * it refers to may have changed since it was saved; with errors it throws and nothing changes.
 */
export async function publishApprovedCopy(
  trx: Kysely<Database>,
  ref: DocumentRef,
  row: WorkingCopyRow,
  publishedBy: string,
): Promise<{ version: number; changed: boolean }> {
  const file = { path: `${ref.kind}/${ref.documentId}.json`, text: JSON.stringify(row.content, null, 2) };
  const outcome = `${describeDocument(ref)} was not published`;
  const { definition } = await checkWorkingCopy(trx, ref, file, outcome);
  const latest = await findVersion(trx, ref);
  let result: { version: number; changed: boolean };
  // The database keeps JSON objects without their key order, so "unchanged" means equal as JSON.
  if (latest && diffJson(latest.content, definition).length === 0) {
    result = { version: latest.version, changed: false };
    await insertAuditEntry(trx, ref, {
      actor: publishedBy,
      action: "publish",
      detail: { version: latest.version, unchanged: true },
    });
  } else {
    const published = await publishVersion(trx, definition, publishedBy);
    result = { version: published.version, changed: published.changed };
    if (definition.kind === "Organisation") {
      await updateOrganisationName(trx, ref.organisationId, definition.spec.name);
    }
  }
  await deleteWorkingCopy(trx, ref);
  return result;
}
