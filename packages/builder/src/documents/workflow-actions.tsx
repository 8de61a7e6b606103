import { useId, useState } from "react";
import { can } from "../app/roles.ts";
import type { DocumentDetail, WorkflowStep } from "./registry-api.ts";
import { STATE_LABELS } from "./state-label.ts";
import { formatDateTime } from "./text-of.ts";

export interface WorkflowActionsProps {
  detail: DocumentDetail;
  roles: readonly string[];
  /** Unsaved edits: the working copy on the server is not what the person sees. */
  dirty: boolean;
  onStep(step: WorkflowStep, body?: { comment?: string; at?: string }): Promise<void>;
}

/** The document's state and the steps of the workflow the person's roles allow from it. */
export function WorkflowActions({ detail, roles, dirty, onStep }: WorkflowActionsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<"comment" | "schedule" | "archive" | null>(null);
  const [comment, setComment] = useState("");
  const [at, setAt] = useState("");
  const id = useId();
  const copy = detail.workingCopy;
  const archived = detail.archivedAt !== null;
  const exists = detail.latest !== null || copy !== null;

  async function run(step: WorkflowStep, label: string, body?: { comment?: string; at?: string }) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await onStep(step, body);
      setDone(label);
      setAsking(null);
      setComment("");
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const state = archived
    ? "Archived"
    : copy
      ? copy.state === "approved" && copy.publishAt
        ? `${STATE_LABELS.scheduled} for ${formatDateTime(copy.publishAt)}`
        : STATE_LABELS[copy.state]
      : STATE_LABELS.published;

  const buttons: Array<{ key: string; label: string; onClick(): void; disabled?: boolean }> = [];
  if (!archived && copy?.state === "draft" && can(roles, "author"))
    buttons.push({
      key: "submit",
      label: "Send for review",
      disabled: dirty,
      onClick: () => run("submit", "Sent for review"),
    });
  if (!archived && copy?.state === "in-review" && can(roles, "reviewer")) {
    buttons.push({ key: "approve", label: "Approve", onClick: () => run("approve", "Approved") });
    buttons.push({ key: "request", label: "Request changes", onClick: () => setAsking("comment") });
  }
  if (!archived && copy?.state === "approved" && can(roles, "publisher")) {
    buttons.push({ key: "publish", label: "Publish now", onClick: () => run("publish", "Published") });
    buttons.push({ key: "schedule", label: "Publish later…", onClick: () => setAsking("schedule") });
  }
  if (exists && can(roles, "publisher")) {
    if (archived)
      buttons.push({ key: "restore", label: "Restore", onClick: () => run("restore", "Restored") });
    else if (detail.latest)
      buttons.push({ key: "archive", label: "Archive", onClick: () => setAsking("archive") });
  }

  return (
    <section className="workflow" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Workflow
      </h2>
      <p className="workflow-state">
        State:{" "}
        <strong className={`builder-state state-${archived ? "archived" : (copy?.state ?? "published")}`}>
          {state}
        </strong>
        {detail.latest ? ` · latest version v${detail.latest.version}` : " · never published"}
        {copy ? ` · changed by ${copy.updatedBy}, ${formatDateTime(copy.updatedAt)}` : ""}
      </p>
      {copy?.comment ? (
        <p className="workflow-comment">
          <strong>Changes requested:</strong> {copy.comment}
        </p>
      ) : null}
      {buttons.length > 0 ? (
        <div className="builder-actions">
          {buttons.map((button) => (
            <button
              key={button.key}
              type="button"
              className="builder-button"
              disabled={busy || button.disabled}
              onClick={button.onClick}
            >
              {button.label}
            </button>
          ))}
        </div>
      ) : null}
      {dirty && copy?.state === "draft" && can(roles, "author") ? (
        <p className="builder-hint">Save your changes before sending the document for review.</p>
      ) : null}
      {asking === "comment" ? (
        <form
          className="workflow-ask"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim())
              run("request-changes", "Sent back to the author", { comment: comment.trim() });
            else setError("Write what should change.");
          }}
        >
          <label htmlFor={`${id}-comment`}>What should the author change?</label>
          <textarea
            id={`${id}-comment`}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="builder-actions">
            <button type="submit" className="builder-button primary" disabled={busy}>
              Send back to the author
            </button>
            <button type="button" className="builder-button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {asking === "schedule" ? (
        <form
          className="workflow-ask"
          onSubmit={(event) => {
            event.preventDefault();
            const when = new Date(at);
            if (!at || Number.isNaN(when.getTime())) setError("Choose the date and time to publish at.");
            else if (when.getTime() <= Date.now()) setError("Choose a time in the future, or publish now.");
            else
              run("publish", `Scheduled for ${formatDateTime(when.toISOString())}`, {
                at: when.toISOString(),
              });
          }}
        >
          <label htmlFor={`${id}-at`}>Publish at</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={at}
            onChange={(event) => setAt(event.target.value)}
          />
          <div className="builder-actions">
            <button type="submit" className="builder-button primary" disabled={busy}>
              Schedule publication
            </button>
            <button type="button" className="builder-button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {asking === "archive" ? (
        <div className="workflow-ask">
          <p>Archiving takes the document out of the catalog; its versions stay. Archive it?</p>
          <div className="builder-actions">
            <button
              type="button"
              className="builder-button danger"
              disabled={busy}
              onClick={() => run("archive", "Archived")}
            >
              Yes, archive
            </button>
            <button type="button" className="builder-button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="builder-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="workflow-done">
        {done ? `${done}.` : ""}
      </p>
    </section>
  );
}
