/** One problem found in a definition, located for a person to fix it. */
export interface Problem {
  severity: "error" | "warning";
  /** Stable code, e.g. `invalid-type`, `broken-reference`. */
  code: string;
  /** A sentence a service owner understands. */
  message: string;
  file: string;
  /** 1-based line and column; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** JSON pointer inside the document, e.g. `/spec/channelOfferings/0/form`. */
  pointer: string;
  /** Index of the document within a multi-document YAML file. */
  documentIndex?: number;
}

export type PathSegment = string | number;

/** Encodes a path as a JSON pointer (RFC 6901). */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const pointer = problem.pointer ? ` (${problem.pointer})` : "";
  return `${where} ${problem.severity} ${problem.message}${pointer} [${problem.code}]`;
}
