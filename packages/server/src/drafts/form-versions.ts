import type { FormSpec } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { getPublishedVersion, getVersionById, type PublishedVersion } from "../registry/document-store.ts";

/** A published form version: what a draft is pinned to. */
export interface FormVersion {
  id: string;
  organisationId: string;
  formId: string;
  version: number;
  spec: FormSpec;
}

/**
 * Published versions never change, so they may be kept in memory by id: every autosave needs its
 * draft's retention and every upload its attachment rules, without reading the whole form again.
 */
const CACHE_SIZE = 200;
const cache = new Map<string, FormVersion>();

function remember(form: FormVersion): FormVersion {
  const key = `${form.organisationId}/${form.id}`;
  cache.delete(key);
  cache.set(key, form);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return form;
}

function toFormVersion(published: PublishedVersion): FormVersion {
  if (published.content.kind !== "Form")
    throw new AppError("internal", `Version ${published.id} is a ${published.content.kind}, not a Form`);
  return {
    id: published.id,
    organisationId: published.organisationId,
    formId: published.documentId,
    version: published.version,
    spec: published.content.spec,
  };
}

/** The latest published version of a form: where new drafts start. */
export async function getLatestFormVersion(
  db: Kysely<Database>,
  organisationId: string,
  formId: string,
): Promise<FormVersion> {
  return remember(
    toFormVersion(await getPublishedVersion(db, { organisationId, kind: "Form", documentId: formId })),
  );
}

/** The form version a draft is pinned to. */
export async function getFormVersion(
  db: Kysely<Database>,
  organisationId: string,
  versionId: string,
): Promise<FormVersion> {
  const cached = cache.get(`${organisationId}/${versionId}`);
  if (cached) return remember(cached);
  return remember(toFormVersion(await getVersionById(db, organisationId, versionId)));
}

/** Days a draft is kept after its last change (stored versions may predate the default). */
export const retentionDaysOf = (spec: FormSpec): number => spec.submission?.draftRetentionDays ?? 30;

export const allowsAnonymous = (spec: FormSpec): boolean => spec.submission?.allowAnonymous ?? false;
