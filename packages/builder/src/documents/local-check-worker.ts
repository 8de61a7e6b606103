import { checkLocally, type LocalCheck } from "./check-locally.ts";

/**
 * The entry of dist/local-check.js: a worker that runs the loader's checks on the document being
 * edited, so checking a big form never holds up typing. It answers each request in turn.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LocalCheck>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ problems: checkLocally(data) });
  } catch (error) {
    scope.postMessage({ failure: (error as Error).message });
  }
};
