import { useMemo } from "react";
import { useNavigate } from "react-router";
import { apiRequest } from "../../api/api-request.ts";
import { AutosaveStatusText } from "../../autosave-react/autosave-status-text.tsx";
import { useAutosave } from "../../autosave-react/use-autosave.ts";
import { createAttachmentUploader } from "../../drafts-api/create-attachment-uploader.ts";
import { CivitasForm } from "../../form/civitas-form.tsx";
import type { PublishedForm } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { intlTag } from "../i18n/formatters.ts";
import type { OpenedDraft } from "./find-or-create-draft.ts";
import { ResumeLink } from "./resume-link.tsx";
import type { ResumeTokens } from "./resume-tokens.ts";
import { submitApplication } from "./submit-application.ts";

/**
 * One draft being filled in: the wizard on the draft's pinned form version, saved as the person types,
 * the save status and expiry, the resume link of an anonymous draft, and the submission.
 */
export function DraftForm({
  published,
  opened,
  tokens,
}: {
  published: PublishedForm;
  opened: OpenedDraft;
  tokens: ResumeTokens;
}) {
  const { locale } = useLocale();
  const text = useText();
  const navigate = useNavigate();
  const { draft, resumeToken } = opened;
  const { organisation, form } = draft;
  usePageMeta(text(published.definition.name), text(published.organisationName));
  const autosave = useAutosave({
    draftId: draft.id,
    revision: draft.revision,
    expiresAt: draft.expiresAt,
    data: draft.data,
    page: draft.page,
    ...(resumeToken ? { resumeToken } : {}),
  });
  const upload = useMemo(
    () => createAttachmentUploader({ draftId: draft.id, ...(resumeToken ? { resumeToken } : {}) }),
    [draft.id, resumeToken],
  );
  const removeFile = (id: string) =>
    apiRequest<void>(`/drafts/${draft.id}/attachments/${id}`, { method: "DELETE", resumeToken });
  const submit = async (data: Record<string, unknown>) => {
    await autosave.client.flush();
    const receipt = await submitApplication({
      organisation,
      form,
      draftId: draft.id,
      data,
      locale,
      resumeToken,
      tokens,
    });
    autosave.client.dispose();
    navigate(`/${organisation}/submissions/${receipt.id}`, { state: { submitted: true } });
  };
  const resumeUrl = resumeToken
    ? `${location.origin}/${organisation}/forms/${form}?draft=${draft.id}#token=${encodeURIComponent(resumeToken)}`
    : undefined;
  return (
    <div className="citizen-page citizen-form-page">
      <AutosaveStatusText
        client={autosave.client}
        locale={intlTag(locale)}
        onReload={() => location.reload()}
      />
      <CivitasForm
        spec={published.definition}
        locale={locale}
        fallbackLocale="en"
        initialData={autosave.initialData}
        initialPage={autosave.initialPage}
        onChange={autosave.onChange}
        onPageChange={autosave.onPageChange}
        onSubmit={submit}
        uploadFile={upload}
        removeFile={removeFile}
        files={opened.attachments}
      />
      {resumeUrl ? <ResumeLink url={resumeUrl} /> : null}
    </div>
  );
}
