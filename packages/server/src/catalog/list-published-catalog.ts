import type { Definition } from "@civitas/definitions";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";

export interface PublishedDocument<D extends Definition = Definition> {
  id: string;
  version: number;
  publishedAt: Date;
  definition: D;
}

export interface PublishedCatalog {
  organisation: PublishedDocument<Extract<Definition, { kind: "Organisation" }>> | undefined;
  services: PublishedDocument<Extract<Definition, { kind: "Service" }>>[];
  lifeSituations: PublishedDocument<Extract<Definition, { kind: "LifeSituation" }>>[];
  channels: PublishedDocument<Extract<Definition, { kind: "Channel" }>>[];
  forms: PublishedDocument<Extract<Definition, { kind: "Form" }>>[];
  /** Changes whenever anything in the catalog is published, archived or restored. */
  revision: string;
}

const KINDS = ["Organisation", "Service", "LifeSituation", "Channel", "Form"] as const;

/** The latest published version of every document of an organisation's catalog that is not archived. */
export async function listPublishedCatalog(
  db: Kysely<Database>,
  organisationId: string,
): Promise<PublishedCatalog> {
  const { rows } = await sql<{
    kind: string;
    document_id: string;
    version: number;
    published_at: Date;
    content: Definition;
  }>`
    select distinct on (v.kind, v.document_id) v.kind, v.document_id, v.version, v.published_at, v.content
    from document_versions v
    join documents d on d.organisation_id = v.organisation_id and d.kind = v.kind and d.id = v.document_id
    where v.organisation_id = ${organisationId} and d.archived_at is null and v.kind in (${sql.join([...KINDS])})
    order by v.kind, v.document_id, v.version desc`.execute(db);
  const documents = rows.map((row) => ({
    id: row.document_id,
    version: row.version,
    publishedAt: new Date(row.published_at),
    definition: row.content,
  }));
  const ofKind = <K extends Definition["kind"]>(kind: K) =>
    documents.filter((document) => document.definition.kind === kind) as PublishedDocument<
      Extract<Definition, { kind: K }>
    >[];
  const revision = documents
    .map((document) => `${document.definition.kind}/${document.id}@${document.version}`)
    .sort()
    .join(",");
  return {
    organisation: ofKind("Organisation")[0],
    services: ofKind("Service"),
    lifeSituations: ofKind("LifeSituation"),
    channels: ofKind("Channel"),
    forms: ofKind("Form"),
    revision,
  };
}
