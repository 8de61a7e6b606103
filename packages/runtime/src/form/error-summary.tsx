import { type Ref, useId } from "react";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import type { FieldIssue } from "../validation/validate-answers.ts";

export interface ErrorSummaryProps {
  issues: readonly FieldIssue[];
  messages: RuntimeMessages;
  /** Called when a person follows an issue's link: show its page and focus its field. */
  onSelect: (issue: FieldIssue) => void;
  ref?: Ref<HTMLElement>;
}

/**
 * The list of what stops the person from going on, at the top of the page. Each entry links to its
 * field; the summary itself takes the focus when Next or Submit finds problems, so it is read first.
 */
export function ErrorSummary({ issues, messages, onSelect, ref }: ErrorSummaryProps) {
  const titleId = useId();
  if (issues.length === 0) return null;
  return (
    <section ref={ref} className="civitas-error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h3 id={titleId} className="civitas-error-summary-title">
        {messages.errorSummaryTitle}
      </h3>
      <ul className="civitas-error-summary-list">
        {issues.map((issue) => (
          <li key={issue.fieldId}>
            <a
              href={`#${issue.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(issue);
              }}
            >
              {issue.label}: {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
