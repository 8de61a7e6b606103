import type { ErrorSchema } from "@rjsf/utils";
import type { DefinitionProblem } from "../documents/registry-api.ts";

const decode = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/** The loader's problems under `/spec`, as RJSF's error schema, so each shows at its field. */
export function problemsToErrors(problems: readonly DefinitionProblem[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const problem of problems) {
    // The localized-text field says "Missing in lv" itself.
    if (!problem.pointer.startsWith("/spec") || problem.code === "missing-translation") continue;
    const segments = problem.pointer.split("/").slice(2).map(decode);
    let node = root;
    for (const segment of segments) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node.__errors ??= [];
    const errors = node.__errors as string[];
    errors.push(problem.severity === "warning" ? `Warning: ${problem.message}` : problem.message);
  }
  return root as ErrorSchema;
}
