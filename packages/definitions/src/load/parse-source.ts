import { isMap, isScalar, LineCounter, type Node, parseAllDocuments } from "yaml";
import { type PathSegment, type Problem, toPointer } from "./problem.ts";

/** One YAML or JSON document of a file, with a way to find where a path in it was written. */
export interface SourceDocument {
  file: string;
  index: number;
  data: unknown;
  /** Line and column (1-based) of the value at `path`, or of the nearest enclosing value that exists. */
  locate(path: readonly PathSegment[], options?: { key?: string }): { line: number; column: number };
}

export interface ParsedSource {
  documents: SourceDocument[];
  problems: Problem[];
}

const MAX_ALIAS_COUNT = 200;

/**
 * Parses a YAML (possibly multi-document, `---`) or JSON text. Syntax errors come back as located
 * problems; documents with syntax errors are left out.
 */
export function parseSource(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const documents: SourceDocument[] = [];
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const all = Array.isArray(parsed) ? parsed : [];
  all.forEach((doc, index) => {
    const syntaxErrors = doc.errors;
    const reportedLines = new Set<number>();
    for (const error of syntaxErrors) {
      const at = position(error.pos[0]);
      if (reportedLines.has(at.line)) continue; // the parser often reports one mistake several times
      reportedLines.add(at.line);
      problems.push({
        severity: "error",
        code: "syntax",
        message: describeSyntaxError(error.code, error.message, lineAt(text, error.pos[0])),
        file,
        ...at,
        pointer: "",
        documentIndex: index,
      });
    }
    if (syntaxErrors.length > 0) return;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({
        severity: "error",
        code: "syntax",
        message: `the document cannot be read: ${(error as Error).message}`,
        file,
        line: 1,
        column: 1,
        pointer: "",
        documentIndex: index,
      });
      return;
    }
    if (data === null || data === undefined) return; // an empty document, e.g. after a trailing `---`
    documents.push({
      file,
      index,
      data,
      locate(path, options) {
        for (let depth = path.length; depth >= 0; depth--) {
          const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
          if (!node?.range) continue;
          if (depth === path.length && options?.key && isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && item.key.value === options.key);
            const keyNode = pair?.key as Node | undefined;
            if (keyNode?.range) return position(keyNode.range[0]);
          }
          return position(node.range[0]);
        }
        return { line: 1, column: 1 };
      },
    });
  });
  return { documents, problems };
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? undefined : end);
}

function describeSyntaxError(code: string, message: string, line: string): string {
  const firstLine = message.split("\n")[0] ?? message;
  if (/\[[^\]"']*\w\[\]/.test(line)) {
    return `the YAML is not well formed: a field path with \`[]\` inside a \`[...]\` list must be quoted, e.g. ["children[].name"] (${firstLine})`;
  }
  if (code === "DUPLICATE_KEY") return `a key is written twice in the same mapping: ${firstLine}`;
  if (code === "BAD_INDENT" || code === "MISSING_CHAR")
    return `the YAML is not well formed (check indentation): ${firstLine}`;
  return `the YAML is not well formed: ${firstLine}`;
}

export { toPointer };
