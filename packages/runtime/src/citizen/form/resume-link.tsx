import { useId, useState } from "react";
import { useLocale } from "../app/locale-context.tsx";

/** The private link that opens an anonymous draft on another device, with a copy button. */
export function ResumeLink({ url }: { url: string }) {
  const { messages } = useLocale();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="citizen-resume">
      <h2 id={`${id}-title`}>{messages.form.resumeTitle}</h2>
      <p id={`${id}-text`}>{messages.form.resumeText}</p>
      <label htmlFor={`${id}-link`} className="civitas-visually-hidden">
        {messages.form.resumeTitle}
      </label>
      <input
        id={`${id}-link`}
        className="civitas-input citizen-resume-link"
        readOnly
        value={url}
        aria-describedby={`${id}-text`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="citizen-resume-actions">
        <button
          type="button"
          className="civitas-button civitas-button-secondary"
          onClick={() =>
            navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => undefined,
            )
          }
        >
          {messages.form.copyLink}
        </button>
        <p role="status">{copied ? messages.form.linkCopied : ""}</p>
      </div>
    </section>
  );
}
