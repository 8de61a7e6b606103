import { checkLocally, type LocalCheck } from "./check-locally.ts";
import type { DefinitionProblem } from "./registry-api.ts";

/** The file name of the worker bundle, next to builder.js (see scripts/build.ts). */
export const LOCAL_CHECK_BUNDLE = "local-check.js";

export interface LocalChecker {
  /** The problems of the input, or null when a newer input came before this one was checked. */
  check(input: LocalCheck): Promise<DefinitionProblem[] | null>;
  close(): void;
}

interface Request {
  input: LocalCheck;
  resolve(problems: DefinitionProblem[] | null): void;
}

type Answer = { problems?: DefinitionProblem[]; failure?: string };

/**
 * Runs the loader's checks in a worker beside the app's bundle (dist/local-check.js), one at a
 * time: what is typed while a check runs waits, and only the newest of it is checked next. Where
 * there are no workers (tests in jsdom) or the worker cannot load, the page checks by itself.
 */
export function createLocalChecker(): LocalChecker {
  const worker = startWorker();
  if (!worker) return { check: async (input) => checkLocally(input), close() {} };
  let running: Request | null = null;
  let next: Request | null = null;
  let failed = false;

  const send = () => {
    running = next;
    next = null;
    if (running) worker.postMessage(running.input);
  };
  worker.onmessage = ({ data }: MessageEvent<Answer>) => {
    // The loader never throws for bad input: a failure is a bug, reported, and the next check goes on.
    if (data.failure) console.error(`Checking the document failed: ${data.failure}`);
    running?.resolve(data.problems ?? null);
    send();
  };
  // A worker that cannot load (an old build without its bundle) leaves the checks to the page.
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
    worker.terminate();
    for (const request of [running, next]) request?.resolve(checkLocally(request.input));
    running = next = null;
  };

  return {
    check(input) {
      if (failed) return Promise.resolve(checkLocally(input));
      return new Promise((resolve) => {
        next?.resolve(null);
        next = { input, resolve };
        if (!running) send();
      });
    },
    close() {
      worker.terminate();
      running?.resolve(null);
      next?.resolve(null);
      running = next = null;
    },
  };
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined" || !import.meta.url.startsWith("http")) return null;
  try {
    return new Worker(new URL(LOCAL_CHECK_BUNDLE, import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}
