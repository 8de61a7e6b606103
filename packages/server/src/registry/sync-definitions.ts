import { type DefinitionBundle, KINDS } from "@civitas/definitions";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { contentHash, publishVersion } from "./document-store.ts";

export interface SyncReport {
  published: Array<{ kind: string; id: string; version: number }>;
  unchanged: number;
  /** Documents changed both in the folder and in the registry since the folder was last loaded. */
  conflicts: Array<{ kind: string; id: string }>;
}

const SYNC_ACTOR = "system:definitions";

/**
 * Publishes every definition of a loaded folder (definitions as code) that changed since the folder
 * was last loaded, creating organisations on the way. A document edited in the registry since then is
 * never overwritten: if the folder changed it too, it is reported as a conflict and left alone.
 * Several processes may start at once: an advisory lock lets one sync at a time.
 */
export async function syncDefinitions(db: Kysely<Database>, bundle: DefinitionBundle): Promise<SyncReport> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('civitas:sync-definitions'))`.execute(trx);
    const report: SyncReport = { published: [], unchanged: 0, conflicts: [] };
    const ordered = [...bundle.definitions].sort(
      (a, b) => KINDS.indexOf(a.definition.kind) - KINDS.indexOf(b.definition.kind),
    );
    for (const { definition } of ordered) {
      if (definition.kind === "Organisation") {
        await trx
          .insertInto("organisations")
          .values({ id: definition.metadata.id, name: JSON.stringify(definition.spec.name) })
          .onConflict((oc) => oc.column("id").doUpdateSet({ name: JSON.stringify(definition.spec.name) }))
          .execute();
      }
      const organisationId =
        definition.kind === "Organisation"
          ? definition.metadata.id
          : (definition.metadata.organisation ?? "");
      const versions = await trx
        .selectFrom("document_versions")
        .select(["content_hash", "published_by"])
        .where("organisation_id", "=", organisationId)
        .where("kind", "=", definition.kind)
        .where("document_id", "=", definition.metadata.id)
        .orderBy("version", "desc")
        .execute();
      const hash = contentHash(definition);
      const lastLoaded = versions.find((version) => version.published_by === SYNC_ACTOR);
      const editedInRegistry = versions[0] !== undefined && versions[0].published_by !== SYNC_ACTOR;
      if (lastLoaded?.content_hash === hash || versions[0]?.content_hash === hash) {
        report.unchanged++;
      } else if (editedInRegistry) {
        report.conflicts.push({ kind: definition.kind, id: definition.metadata.id });
      } else {
        const result = await publishVersion(trx, definition, SYNC_ACTOR);
        report.published.push({ kind: definition.kind, id: definition.metadata.id, version: result.version });
      }
    }
    return report;
  });
}
