import { compileFormSchema, createAjv, type FormSpec } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { getPublishedVersion, getVersionById, type PublishedVersion } from "./document-store.ts";

/** One problem with submitted answers: where (JSON pointer) and what. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A published form version, with its data validator compiled on first use. Versions never change, so
 * each process keeps recent ones by id: autosaves, uploads and submissions need them on every request.
 */
export interface FormVersion {
  id: string;
  organisationId: string;
  formId: string;
  version: number;
  spec: FormSpec;
  validate(data: unknown): FieldError[];
}

type ValidateFunction = ReturnType<ReturnType<typeof createAjv>["compile"]>;

// Published versions never change, so every process may keep them (and their compiled validators).
const cache = new Map<string, FormVersion>();
const CACHE_LIMIT = 500;

function toFormVersion(published: PublishedVersion): FormVersion {
  if (published.content.kind !== "Form")
    throw new AppError("not-found", `${published.documentId} is not a form`);
  const spec = published.content.spec;
  let validator: ValidateFunction | undefined;
  return {
    id: published.id,
    organisationId: published.organisationId,
    formId: published.documentId,
    version: published.version,
    spec,
    validate(data) {
      validator ??= createAjv().compile(compileFormSchema(spec));
      if (validator(data)) return [];
      const errors = (validator.errors ?? [])
        .filter((error) => error.keyword !== "if")
        .map((error) => {
          const missing = error.params.missingProperty ?? error.params.additionalProperty;
          const path = `${error.instancePath}${missing === undefined ? "" : `/${missing}`}`;
          const message = error.keyword === "required" ? "is required" : (error.message ?? "is not valid");
          return { path: path || "/", message };
        });
      const unique = new Map(errors.map((error) => [`${error.path} ${error.message}`, error]));
      return [...unique.values()].slice(0, 100);
    },
  };
}

function remember(version: FormVersion): FormVersion {
  const key = `${version.organisationId}/${version.id}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, version);
  return version;
}

/** A form version by id, within an organisation (drafts and submissions pin one). */
export async function getFormVersion(
  db: Kysely<Database>,
  organisationId: string,
  versionId: string,
): Promise<FormVersion> {
  const known = cache.get(`${organisationId}/${versionId}`);
  if (known) return known;
  return remember(toFormVersion(await getVersionById(db, organisationId, versionId)));
}

/** The latest published version of a form. */
export async function getLatestFormVersion(
  db: Kysely<Database>,
  organisationId: string,
  formId: string,
): Promise<FormVersion> {
  // Only the id is read here: the content of a known version comes from the cache.
  const latest = await db
    .selectFrom("document_versions")
    .innerJoin("documents", (join) =>
      join
        .onRef("documents.organisation_id", "=", "document_versions.organisation_id")
        .onRef("documents.kind", "=", "document_versions.kind")
        .onRef("documents.id", "=", "document_versions.document_id"),
    )
    .select("document_versions.id")
    .where("document_versions.organisation_id", "=", organisationId)
    .where("document_versions.kind", "=", "Form")
    .where("document_versions.document_id", "=", formId)
    .where("documents.archived_at", "is", null)
    .orderBy("document_versions.version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!latest) {
    // The same sentence as every other "no published version" answer.
    return remember(
      toFormVersion(await getPublishedVersion(db, { organisationId, kind: "Form", documentId: formId })),
    );
  }
  return getFormVersion(db, organisationId, latest.id);
}

/** Days a draft is kept after its last change. */
export const retentionDaysOf = (spec: FormSpec): number => spec.submission.draftRetentionDays;

export const allowsAnonymous = (spec: FormSpec): boolean => spec.submission.allowAnonymous;
