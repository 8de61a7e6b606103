import { useEffect, useId, useRef, useState } from "react";

interface SecretOnceProps {
  title: string;
  /** What the secret is, e.g. "Password for anna@example.org". */
  label: string;
  secret: string;
  /** Why it matters that it is copied now. */
  note: string;
  onDone: () => void;
}

/** A secret the server shows once: copy it now, it will not be shown again. */
export function SecretOnce(props: SecretOnceProps) {
  const [copied, setCopied] = useState<string>("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const valueId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(props.secret);
      setCopied("Copied to the clipboard.");
    } catch {
      valueRef.current?.focus();
      valueRef.current?.select();
      setCopied("Copying is not available here: the text is selected, copy it with Ctrl+C (⌘C).");
    }
  };

  return (
    <section className="ops-secret" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {props.title}
      </h2>
      <p className="ops-warning">
        <strong>It will not be shown again.</strong> {props.note}
      </p>
      <p className="ops-field">
        <label htmlFor={valueId}>{props.label}</label>
        <input
          id={valueId}
          ref={valueRef}
          className="ops-secret-value"
          readOnly
          value={props.secret}
          size={Math.min(Math.max(props.secret.length, 20), 60)}
          onFocus={(event) => event.currentTarget.select()}
        />
      </p>
      <p>
        <button type="button" className="ops-button ops-button-primary" onClick={copy}>
          Copy
        </button>{" "}
        <button type="button" className="ops-button" onClick={props.onDone}>
          I have copied it
        </button>
      </p>
      <p role="status" className="ops-live">
        {copied}
      </p>
    </section>
  );
}
