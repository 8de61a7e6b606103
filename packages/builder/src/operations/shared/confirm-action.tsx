import { useEffect, useId, useRef, useState } from "react";

interface ConfirmActionProps {
  /** Text of the first button, e.g. "Revoke". */
  label: string;
  /** What the button does, for screen readers, e.g. "Revoke the key Payroll". */
  accessibleLabel: string;
  /** The question asked before anything happens. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  danger?: boolean;
}

/** A button that asks once more, in place, before it acts; the focus follows the question. */
export function ConfirmAction(props: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking)
    return (
      <button
        ref={triggerRef}
        type="button"
        className={props.danger ? "ops-button ops-button-danger" : "ops-button"}
        aria-label={props.accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );

  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      returnFocus.current = true;
      setAsking(false);
    }
  };

  return (
    <span className="ops-confirm">
      <span id={questionId} className="ops-confirm-question">
        {props.question}
      </span>{" "}
      <button
        ref={confirmRef}
        type="button"
        aria-describedby={questionId}
        className={props.danger ? "ops-button ops-button-danger" : "ops-button ops-button-primary"}
        disabled={busy}
        onClick={confirm}
      >
        {busy ? "Working…" : props.confirmLabel}
      </button>{" "}
      <button
        type="button"
        className="ops-button"
        disabled={busy}
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        Cancel
      </button>
    </span>
  );
}
