import { type DefinitionBundle, KINDS } from "@civitas/definitions";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { publishVersion } from "./document-store.ts";

export interface SyncReport {
  published: Array<{ kind: string; id: string; version: number }>;
  unchanged: number;
}

/**
 * Publishes every definition of a loaded folder (definitions as code) whose content changed since its
 * latest version, creating organisations on the way. Several processes may start at once: an advisory
 * lock lets one sync at a time, and the others then find nothing changed.
 */
export async function syncDefinitions(
  db: Kysely<Database>,
  bundle: DefinitionBundle,
  actor = "system:definitions",
): Promise<SyncReport> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('civitas:sync-definitions'))`.execute(trx);
    const report: SyncReport = { published: [], unchanged: 0 };
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
      const result = await publishVersion(trx, definition, actor);
      if (result.changed)
        report.published.push({ kind: definition.kind, id: definition.metadata.id, version: result.version });
      else report.unchanged++;
    }
    return report;
  });
}
