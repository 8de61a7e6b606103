import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** Hands the form what was typed once the frame showing it is painted, or after this long if no frame comes (a hidden tab). */
const HAND_OVER_FALLBACK_MS = 100;
const MAX_IN_FLIGHT = 20;

/**
 * A text control's value held by the control itself while the person types, so that a keystroke
 * repaints one input and nothing else. What was typed reaches the form as a transition started
 * after the frame that shows the keystroke: the form's own work for a change (RJSF derives its whole
 * state again, one block of work however many fields the page shows) then never delays that paint,
 * and keystrokes typed meanwhile go over together. `flush` sends the latest value at once, for blur
 * and Enter. A value the form changes from outside (a reset, another item's removal) replaces what is
 * shown; the form's late echoes of what was handed over do not.
 */
export function useBufferedValue(
  value: string,
  onChange: (value: string) => void,
): { text: string; change: (text: string) => void; flush: () => void } {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const sent = useRef(value);
  // Values handed to the form whose echo has not come back yet, oldest first.
  const inFlight = useRef<string[]>([]);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent.current && !inFlight.current.includes(value)) setText(value);
  }
  // Once a new value of the form is committed: forget the hand-overs it answers, or start from it.
  // (Here, not while rendering: a transition's render may be thrown away and run again.)
  useLayoutEffect(() => {
    const echoed = inFlight.current.indexOf(value);
    if (echoed >= 0) inFlight.current.splice(0, echoed + 1);
    else if (value !== sent.current) {
      inFlight.current = [];
      sent.current = value;
    }
  }, [value]);
  const latest = useRef({ text, value, onChange });
  latest.current = { text, value, onChange };
  const pending = useRef<{ frame: number; timer: ReturnType<typeof setTimeout> } | null>(null);

  const cancel = useCallback(() => {
    if (!pending.current) return;
    if (pending.current.frame) cancelAnimationFrame(pending.current.frame);
    clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  const handOver = useCallback(
    (next: string, urgent: boolean) => {
      cancel();
      // A few are enough: the form echoes each hand-over, or a later one that covers it.
      inFlight.current = [...inFlight.current.slice(-MAX_IN_FLIGHT + 1), next];
      if (urgent) latest.current.onChange(next);
      else startTransition(() => latest.current.onChange(next));
    },
    [cancel],
  );

  const change = useCallback(
    (next: string) => {
      setText(next);
      sent.current = next;
      latest.current.text = next;
      if (pending.current) return; // the hand-over already planned takes the latest text
      const send = () => handOver(latest.current.text, false);
      const planned = { frame: 0, timer: setTimeout(send, HAND_OVER_FALLBACK_MS) };
      if (typeof requestAnimationFrame === "function")
        planned.frame = requestAnimationFrame(() => {
          // A task posted from a frame callback runs once that frame has been painted.
          clearTimeout(planned.timer);
          planned.timer = setTimeout(send, 0);
        });
      pending.current = planned;
    },
    [handOver],
  );

  const flush = useCallback(() => {
    const { text: current, value: held } = latest.current;
    if (current !== held) handOver(current, true);
    else cancel();
  }, [handOver, cancel]);

  // Leaving with a keystroke not handed over yet (the field hidden or unmounted) still hands it over.
  useEffect(
    () => () => {
      if (pending.current) handOver(latest.current.text, true);
    },
    [handOver],
  );

  return { text, change, flush };
}
