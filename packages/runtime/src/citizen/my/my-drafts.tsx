import { useState } from "react";
import { Link } from "react-router";
import { apiRequest } from "../../api/api-request.ts";
import type { MyDraft } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useAsync } from "../app/use-async.ts";
import { formattersFor } from "../i18n/formatters.ts";

/** The citizen's drafts, each to continue (the form page resumes it) or delete. */
export function MyDrafts({ headingId }: { headingId: string }) {
  const { locale, messages } = useLocale();
  const format = formattersFor(locale);
  const drafts = useAsync(
    () => apiRequest<{ drafts: MyDraft[] }>(`/citizen/drafts?lang=${locale}`).then((answer) => answer.drafts),
    [locale],
  );
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();
  const remove = (draft: MyDraft) =>
    apiRequest(`/drafts/${draft.id}`, { method: "DELETE" }).then(
      () => {
        setNotice({ text: messages.my.deleted(draft.formName) });
        drafts.reload();
      },
      (error: Error) => setNotice({ text: messages.my.deleteFailed(error.message), error: true }),
    );
  return (
    <>
      <p role="status" className={notice?.error ? "civitas-error-message" : "citizen-muted"}>
        {notice?.text ?? ""}
      </p>
      {drafts.status === "loading" ? (
        <p className="citizen-loading">{messages.loading}</p>
      ) : drafts.status === "error" ? (
        <p role="alert">{messages.loadFailed(drafts.error.message)}</p>
      ) : drafts.data.length === 0 ? (
        <p>{messages.my.noDrafts}</p>
      ) : (
        <ul className="citizen-my-list" aria-labelledby={headingId}>
          {drafts.data.map((draft) => (
            <li key={draft.id}>
              <div>
                <strong>{draft.formName}</strong>
                <p className="citizen-muted">
                  {messages.my.lastSaved(format.dateTime(draft.updatedAt))},{" "}
                  {messages.my.keptUntil(format.dateTime(draft.expiresAt))}
                </p>
              </div>
              <div className="citizen-my-actions">
                <Link
                  className="civitas-button"
                  to={`/${draft.organisation}/forms/${draft.form}`}
                  aria-label={messages.my.continueLabel(draft.formName)}
                >
                  {messages.my.continue}
                </Link>
                <button
                  type="button"
                  className="civitas-button civitas-button-secondary"
                  aria-label={messages.my.deleteLabel(draft.formName)}
                  onClick={() => void remove(draft)}
                >
                  {messages.my.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
