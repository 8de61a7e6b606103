export type NoticeValue = { tone: "success" | "error"; text: string } | null;

/**
 * The outcome of the last action. The live region stays mounted so that screen readers announce
 * each new message; errors are assertive, successes polite.
 */
export function Notice({ notice, label }: { notice: NoticeValue; label?: string }) {
  return (
    <>
      <div role="status" aria-label={label ? `${label} result` : undefined} className="ops-live">
        {notice?.tone === "success" ? <p className="ops-notice ops-notice-success">{notice.text}</p> : null}
      </div>
      <div role="alert" aria-label={label ? `${label} problem` : undefined} className="ops-live">
        {notice?.tone === "error" ? <p className="ops-notice ops-notice-error">{notice.text}</p> : null}
      </div>
    </>
  );
}
