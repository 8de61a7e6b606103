import type { SaveState } from "./use-document-editor.ts";

interface SaveStatusProps {
  saveState: SaveState;
  dirty: boolean;
  /** Errors the checks in the browser found in the current document. */
  errors: number;
}

const problemsWord = (count: number) => (count === 1 ? "1 problem" : `${count} problems`);

export function saveStatusText({ saveState, dirty, errors }: SaveStatusProps): string {
  if (saveState.saving) return "Saving…";
  if (saveState.error) {
    const refused = saveState.problems.filter((problem) => problem.severity === "error").length;
    return refused > 0 ? `Not saved: ${problemsWord(refused)}` : `Not saved: ${saveState.error}`;
  }
  if (dirty && errors > 0) return `Not saved: ${problemsWord(errors)}`;
  return dirty ? "Unsaved changes" : "Saved";
}

/** Whether what is on screen is on the server, said in a live region. */
export function SaveStatus(props: SaveStatusProps) {
  const text = saveStatusText(props);
  const tone = text === "Saved" ? "ok" : text.startsWith("Not saved") ? "bad" : "pending";
  return (
    <p role="status" className={`save-status ${tone}`}>
      {text}
    </p>
  );
}
