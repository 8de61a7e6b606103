import { ApiError } from "@civitas/runtime";
import type { DefinitionProblem } from "./registry-api.ts";

/** The located problems a refusal of the server carries (422 invalid-definition), if any. */
export function problemsOf(failure: unknown): DefinitionProblem[] {
  if (!(failure instanceof ApiError)) return [];
  const problems = (failure.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as DefinitionProblem[]) : [];
}
