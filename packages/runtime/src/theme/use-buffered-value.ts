import { startTransition, useCallback, useRef, useState } from "react";

/**
 * A text control's value held by the control itself while the person types, so that a keystroke
 * repaints one input and nothing else. Each change reaches the form as a transition (it never delays
 * the next keystroke's paint); `flush` sends the latest value at once, for blur and Enter. A value the
 * form changes from outside (a reset, another item's removal) replaces what is shown.
 */
export function useBufferedValue(
  value: string,
  onChange: (value: string) => void,
): { text: string; change: (text: string) => void; flush: () => void } {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const sent = useRef(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }
  const latest = useRef({ text, value, onChange });
  latest.current = { text, value, onChange };

  const change = useCallback((next: string) => {
    setText(next);
    sent.current = next;
    latest.current.text = next;
    startTransition(() => latest.current.onChange(next));
  }, []);

  const flush = useCallback(() => {
    const { text: current, value: held } = latest.current;
    if (current !== held) latest.current.onChange(current);
  }, []);

  return { text, change, flush };
}
