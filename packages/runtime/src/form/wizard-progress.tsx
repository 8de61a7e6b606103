import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import type { WizardPage } from "./wizard-pages.ts";

/** "Step 2 of 5" and the list of steps by title, the current one marked for assistive technology. */
export function WizardProgress({
  pages,
  current,
  messages,
}: {
  pages: readonly WizardPage[];
  current: number;
  messages: RuntimeMessages;
}) {
  return (
    <div className="civitas-progress">
      <p className="civitas-progress-text">{messages.stepOf(current + 1, pages.length)}</p>
      <ol className="civitas-steps" aria-label={messages.progressLabel}>
        {pages.map((page, index) => (
          <li
            key={page.id}
            className={
              index < current ? "civitas-step-done" : index === current ? "civitas-step-current" : ""
            }
            aria-current={index === current ? "step" : undefined}
          >
            <span className="civitas-step-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="civitas-step-title">{page.title}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
