import type { FormSpec } from "@civitas/definitions/form";
import { type ReactNode, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";

/** What the server writes into each test page. */
export interface PageInput {
  spec: FormSpec;
  locale: string;
  initialPage?: string;
  /** The field the driver types into: its name in the answers, and its element's id. */
  typedField: string;
  typedFieldId: string;
}

/** What the page reports to the driver, as `window.bench`. */
export interface BenchProbe {
  /** When the page's script began to run (ms since navigation start). */
  scriptStart: number;
  /** When the form's fields were in the DOM (the commit that mounted them) ... */
  inDom?: number;
  /** ... and when the frame showing them had been painted. */
  painted?: number;
  /** Form controls in the DOM at first render (inputs, selects, text areas). */
  controls?: number;
  /** Per keystroke into the typed field: its keydown's timestamp to the frame after its value changed. */
  keystrokes: number[];
  /** Event Timing entries of the typed field (reported only from 16 ms): name, duration. */
  slowEvents: Array<{ name: string; duration: number; interactionId: number }>;
  /** The answers the form last handed out through `onChange`. */
  data?: Record<string, unknown>;
}

declare global {
  interface Window {
    bench: BenchProbe;
  }
}

/** Runs `then` in a task after the frame being prepared (called from a frame callback): after its paint. */
function afterThisFrame(then: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(null);
}

/** Runs `then` in a task after the next frame: by then that frame has been painted. */
const afterNextPaint = (then: () => void) => requestAnimationFrame(() => afterThisFrame(then));

/**
 * Starts the page's measurements and returns what the server wrote in. A keystroke is timed from its
 * keydown's `timeStamp` (when the browser took the key) to a task after the first frame in which
 * the field's value differs from before the key: that frame shows the character.
 */
export function startProbe(): PageInput {
  const probe: BenchProbe = { scriptStart: performance.now(), keystrokes: [], slowEvents: [] };
  window.bench = probe;
  const input = JSON.parse(document.getElementById("bench-input")?.textContent ?? "{}") as PageInput;
  document.addEventListener(
    "keydown",
    (event) => {
      const field = event.target as HTMLInputElement;
      if (field.id !== input.typedFieldId || event.key.length !== 1) return;
      const start = event.timeStamp;
      const before = field.value;
      const check = () => {
        if (field.value === before) requestAnimationFrame(check);
        else afterThisFrame(() => probe.keystrokes.push(performance.now() - start));
      };
      requestAnimationFrame(check);
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    // `interactionId` groups the events of one keystroke (keydown, keypress, keyup).
    for (const entry of list.getEntries() as Array<PerformanceEventTiming & { interactionId: number }>) {
      if ((entry.target as Element | null)?.id !== input.typedFieldId) continue;
      probe.slowEvents.push({
        name: entry.name,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  return input;
}

/** Marks the commit that mounted its children (a parent's layout effect runs after theirs), then the paint. */
function FirstRender({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    const probe = window.bench;
    probe.inDom = performance.now();
    probe.controls = document.querySelectorAll("input, select, textarea").length;
    performance.mark("bench:fields-in-dom");
    afterNextPaint(() => {
      probe.painted = performance.now();
      performance.mark("bench:fields-painted");
    });
  }, []);
  return children;
}

/** Renders a test page's content into `#app`, timing its first render. */
export function mountPage(content: ReactNode) {
  const app = document.getElementById("app");
  if (!app) throw new Error("the page has no #app");
  createRoot(app).render(<FirstRender>{content}</FirstRender>);
}

/** Keeps what the form handed out, for the driver to check that every keystroke arrived. */
export const recordData = (data: Record<string, unknown> | undefined) => {
  window.bench.data = data;
};
