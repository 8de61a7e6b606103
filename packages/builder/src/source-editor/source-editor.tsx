import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Content, DefinitionProblem } from "../documents/registry-api.ts";
import {
  locatePointer,
  locatePointers,
  type ParseError,
  parseText,
  type SourceFormat,
  toText,
} from "./source-text.ts";

export interface SourceEditorProps {
  content: Content;
  /** Called with every edit that parses; `key` joins the keystrokes into one step of undo. */
  onChange(content: Content, key: string): void;
  problems: readonly DefinitionProblem[];
  /** Ask the editor to put the caret at a pointer (a new object each time). */
  reveal?: { pointer: string } | null;
  /** False while the editor is hidden: the text follows the document only once it is shown again. */
  active?: boolean;
  /** Shows the text without letting it change (for people who may not edit the document). */
  readOnly?: boolean;
}

interface ListedProblem {
  severity: "error" | "warning";
  message: string;
  line: number;
  column: number;
  offset: number;
  key: string;
}

/** The document as YAML or JSON text, edited in place; what parses flows back into the document. */
export function SourceEditor({
  content,
  onChange,
  problems,
  reveal,
  active = true,
  readOnly = false,
}: SourceEditorProps) {
  const [format, setFormat] = useState<SourceFormat>("yaml");
  const [text, setText] = useState(() => (active ? toText(content, "yaml") : ""));
  const [parseErrors, setParseErrors] = useState<ParseError[]>([]);
  const [caret, setCaret] = useState({ line: 1, column: 1 });
  // The document the text shows: `null` until the editor is first shown.
  const [shown, setShown] = useState<Content | null>(active ? content : null);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const revealed = useRef<{ pointer: string } | null>(null);
  const id = useId();

  // An edit made elsewhere (the visual editor, undo) rewrites the text; one's own typing does not.
  // While the editor is hidden the text waits, so typing elsewhere never pays for the whole document.
  if (active && content !== shown) {
    setShown(content);
    setText(toText(content, format));
    setParseErrors([]);
  }

  const listed = useMemo<ListedProblem[]>(() => {
    if (!active) return [];
    if (parseErrors.length > 0)
      return parseErrors.map((error, index) => ({ ...error, severity: "error", key: `parse-${index}` }));
    // One parse of the text for all the problems: a big form has hundreds of them.
    const places = locatePointers(
      text,
      problems.map((problem) => problem.pointer),
    );
    return problems.map((problem, index) => ({
      severity: problem.severity,
      message: problem.message,
      ...(places[index] ?? { line: 1, column: 1, offset: 0 }),
      key: `${index}-${problem.pointer}-${problem.code}`,
    }));
  }, [active, parseErrors, problems, text]);

  function edit(next: string) {
    setText(next);
    const parsed = parseText(next, format);
    if (parsed.errors) {
      setParseErrors(parsed.errors);
      return;
    }
    setParseErrors([]);
    setShown(parsed.content);
    onChange(parsed.content, "source");
  }

  function switchTo(next: SourceFormat) {
    if (next === format || parseErrors.length > 0) return;
    setFormat(next);
    setText(toText(content, next));
  }

  function moveCaret(offset: number, line: number) {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(offset, offset);
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (line - 3) * lineHeight);
    updateCaret();
  }

  function updateCaret() {
    const element = area.current;
    if (!element) return;
    const before = element.value.slice(0, element.selectionStart);
    setCaret({ line: before.split("\n").length, column: element.selectionStart - before.lastIndexOf("\n") });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request moves the caret
  useEffect(() => {
    if (!reveal || !active || revealed.current === reveal) return;
    revealed.current = reveal;
    const at = locatePointer(text, reveal.pointer);
    moveCaret(at.offset, at.line);
  }, [reveal, active]);

  const lineCount = text.split("\n").length;
  const errors = listed.filter((problem) => problem.severity === "error").length;

  return (
    <div className="source-editor">
      <div className="source-toolbar">
        <fieldset className="source-format">
          <legend>Format</legend>
          {(["yaml", "json"] as const).map((each) => (
            <label key={each}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === each}
                disabled={parseErrors.length > 0 && format !== each}
                onChange={() => switchTo(each)}
              />
              {each.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <span className="source-caret" aria-live="off">
          Line {caret.line}, column {caret.column}
        </span>
      </div>
      {parseErrors.length > 0 ? (
        <p className="builder-hint">
          Fix the syntax error to switch formats; the document keeps its last valid state.
        </p>
      ) : null}
      <div className="source-frame">
        <div className="source-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: line numbers are positions
            <div key={index}>{index + 1}</div>
          ))}
        </div>
        <textarea
          ref={area}
          id={`${id}-text`}
          className="source-text"
          aria-label={`Source (${format.toUpperCase()})`}
          aria-invalid={errors > 0 ? true : undefined}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          readOnly={readOnly}
          value={text}
          onChange={(event) => edit(event.target.value)}
          onSelect={updateCaret}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <section aria-labelledby={`${id}-problems`} className="source-problems">
        <h3 id={`${id}-problems`}>{listed.length === 0 ? "No problems" : `Problems (${listed.length})`}</h3>
        {listed.length > 0 ? (
          <ul>
            {listed.map((problem) => (
              <li key={problem.key} className={`problem ${problem.severity}`}>
                <button
                  type="button"
                  className="problem-link"
                  onClick={() => moveCaret(problem.offset, problem.line)}
                >
                  <span className="problem-where">
                    {problem.severity === "error" ? "Error" : "Warning"} at line {problem.line}, column{" "}
                    {problem.column}:
                  </span>{" "}
                  {problem.message}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
