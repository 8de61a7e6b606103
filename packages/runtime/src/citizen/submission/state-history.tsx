import type { OwnSubmission } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { formattersFor } from "../i18n/formatters.ts";

/** The case's states (LV-1) in words, oldest first, with when and the office's note. */
export function StateHistory({ history }: { history: OwnSubmission["history"] }) {
  const { locale, messages } = useLocale();
  const format = formattersFor(locale);
  return (
    <ol className="citizen-history">
      {history.map((entry) => (
        <li key={`${entry.at}-${entry.state}`}>
          <strong>{messages.caseStates[entry.state]}</strong>{" "}
          <time dateTime={entry.at} className="citizen-muted">
            {format.dateTime(entry.at)}
          </time>
          {entry.note ? <p className="citizen-history-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
