import type { SourceDocument } from "./parse-source.ts";
import { type PathSegment, type Problem, toPointer } from "./problem.ts";

/** A problem as a check reports it: at a path in the document being checked. */
export interface ReportedProblem {
  code: string;
  message: string;
  path: PathSegment[];
  /** Point at this key of the mapping at `path` rather than at its value. */
  key?: string;
  severity?: "error" | "warning";
}

/** What a semantic check reports through. */
export interface CheckContext {
  report(problem: ReportedProblem): void;
}

/** Turns a reported problem into a located one: file, line, column and JSON pointer. */
export function locateProblem(
  source: SourceDocument,
  { code, message, path, key, severity = "error" }: ReportedProblem,
): Problem {
  return {
    severity,
    code,
    message,
    file: source.file,
    ...source.locate(path, key ? { key } : undefined),
    pointer: toPointer(key ? [...path, key] : path),
    documentIndex: source.index,
  };
}

/** A context that collects located problems of one document into `problems`. */
export function contextFor(source: SourceDocument, problems: Problem[]): CheckContext {
  return { report: (problem) => problems.push(locateProblem(source, problem)) };
}
