import type { Kysely } from "kysely";
import type { SubmissionForDelivery } from "../connectors/connector.ts";
import type { Database } from "../db/schema.ts";
import { localize } from "../drafts/localize.ts";
import { getPublishedVersion } from "../registry/document-store.ts";
import { getFormVersion } from "../registry/form-versions.ts";

/** The organisation's languages, the first being its default; cached per process for a minute. */
const languageCache = new Map<string, { languages: string[]; until: number }>();

export async function organisationLanguages(db: Kysely<Database>, organisationId: string): Promise<string[]> {
  const known = languageCache.get(organisationId);
  if (known && known.until > Date.now()) return known.languages;
  const published = await getPublishedVersion(db, {
    organisationId,
    kind: "Organisation",
    documentId: organisationId,
  }).catch(() => undefined);
  const languages = published?.content.spec.languages ?? ["en"];
  languageCache.set(organisationId, { languages, until: Date.now() + 60_000 });
  return languages;
}

/** Everything a connector needs to know of a submission (attachments without their bytes). */
export async function loadSubmissionForDelivery(
  db: Kysely<Database>,
  submissionId: string,
): Promise<SubmissionForDelivery | undefined> {
  const row = await db
    .selectFrom("submissions")
    .innerJoin("organisations", "organisations.id", "submissions.organisation_id")
    .select([
      "submissions.id",
      "submissions.organisation_id",
      "submissions.form_id",
      "submissions.form_version_id",
      "submissions.case_number",
      "submissions.submitted_at",
      "submissions.locale",
      "submissions.data",
      "organisations.name as organisation_name",
    ])
    .where("submissions.id", "=", submissionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [version, attachments, languages] = await Promise.all([
    getFormVersion(db, row.organisation_id, row.form_version_id),
    db
      .selectFrom("attachments")
      .select(["id", "field_path", "filename", "content_type", "size", "sha256"])
      .where("organisation_id", "=", row.organisation_id)
      .where("submission_id", "=", row.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    organisationLanguages(db, row.organisation_id),
  ]);
  const language = languages[0] ?? "en";
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: localize(row.organisation_name, language),
    organisationLanguage: language,
    caseNumber: row.case_number,
    formId: row.form_id,
    formVersion: version.version,
    formTitle: localize(version.spec.name, row.locale),
    form: version.spec,
    submittedAt: new Date(row.submitted_at),
    locale: row.locale,
    data: row.data,
    attachments: attachments.map((file) => ({
      id: file.id,
      fieldPath: file.field_path,
      filename: file.filename,
      contentType: file.content_type,
      size: file.size,
      sha256: file.sha256,
    })),
  };
}
