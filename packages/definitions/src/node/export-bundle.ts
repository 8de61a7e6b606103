import { API_VERSION, KINDS } from "../constants.ts";
import type { DefinitionBundle } from "../load/definition-bundle.ts";
import { organisationOf } from "../load/definition-bundle.ts";
import type { Definition } from "../model/document.ts";

export interface ExportedBundle {
  apiVersion: string;
  counts: Record<string, number>;
  documents: Definition[];
}

/** One JSON bundle of all documents with defaults applied, ordered by kind, organisation and id. */
export function exportBundle(bundle: DefinitionBundle): ExportedBundle {
  const documents = bundle.definitions
    .map((located) => located.definition)
    .sort(
      (a, b) =>
        KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
        organisationOf(a).localeCompare(organisationOf(b)) ||
        a.metadata.id.localeCompare(b.metadata.id),
    );
  const counts = Object.fromEntries(
    KINDS.map((kind) => [kind, documents.filter((doc) => doc.kind === kind).length]),
  );
  return { apiVersion: API_VERSION, counts, documents };
}
