import type { PathSegment } from "./problem.ts";

/** What a semantic check reports through: a problem at a path in the document being checked. */
export interface CheckContext {
  report(problem: {
    code: string;
    message: string;
    path: PathSegment[];
    /** Point at this key of the mapping at `path` rather than at its value. */
    key?: string;
    severity?: "error" | "warning";
  }): void;
}
