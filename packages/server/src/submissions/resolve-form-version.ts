import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { type FormVersion, getFormVersion, getLatestFormVersion } from "../registry/form-versions.ts";
import { findDraftOfOwner } from "./draft-repository.ts";
import type { SubmitInput } from "./submit-submission.ts";

/** The version to validate against: the draft's pinned one, else the latest published. */
export async function resolveFormVersion(
  db: Kysely<Database>,
  input: Pick<SubmitInput, "organisationId" | "formId" | "draftId" | "owner">,
): Promise<{ version: FormVersion; draftId?: string }> {
  if (!input.draftId) return { version: await getLatestFormVersion(db, input.organisationId, input.formId) };
  if (!input.owner)
    throw new AppError(
      "unauthenticated",
      "Sign in, or send the draft's resume token in the X-Resume-Token header",
    );
  const draft = await findDraftOfOwner(db, {
    organisationId: input.organisationId,
    formId: input.formId,
    id: input.draftId,
    owner: input.owner,
  });
  if (!draft) throw new AppError("not-found", `Draft ${input.draftId} does not exist or is not yours`);
  if (new Date(draft.expires_at) <= new Date())
    throw new AppError("gone", "This draft has expired; start the form again");
  return {
    version: await getFormVersion(db, input.organisationId, draft.form_version_id),
    draftId: draft.id,
  };
}
