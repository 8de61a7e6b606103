import type { CaseState } from "@civitas/definitions";
import { AppError } from "../errors/app-error.ts";

/** The legal moves of a case (LV-1). Refused, answered, licence-issued and withdrawn are final. */
export const CASE_TRANSITIONS: Readonly<Record<CaseState, readonly CaseState[]>> = {
  submitted: [
    "in-processing",
    "more-information-requested",
    "refused",
    "answered",
    "licence-issued",
    "withdrawn",
  ],
  "in-processing": ["more-information-requested", "refused", "answered", "licence-issued", "withdrawn"],
  "more-information-requested": ["in-processing", "refused", "withdrawn"],
  refused: [],
  answered: [],
  "licence-issued": [],
  withdrawn: [],
};

/** The states a case may move to next, among those its form uses. */
export function nextCaseStates(current: string, formStates: readonly string[]): CaseState[] {
  const moves = CASE_TRANSITIONS[current as CaseState] ?? [];
  return moves.filter((state) => formStates.includes(state));
}

/** Throws `invalid-state-transition`, naming the current state and the allowed ones, unless the move is legal. */
export function assertCaseTransition(
  caseNumber: string,
  current: string,
  next: string,
  formStates: readonly string[],
): void {
  const allowed = nextCaseStates(current, formStates);
  if (allowed.includes(next as CaseState)) return;
  const details = { current, requested: next, allowed };
  if (!formStates.includes(next))
    throw new AppError(
      "invalid-state-transition",
      `Case ${caseNumber} cannot become "${next}": its form does not use that state (it uses ${formStates.join(", ")})`,
      details,
    );
  if (allowed.length === 0)
    throw new AppError(
      "invalid-state-transition",
      `Case ${caseNumber} is "${current}", a final state; it cannot change any more`,
      details,
    );
  throw new AppError(
    "invalid-state-transition",
    `Case ${caseNumber} is "${current}" and can move only to ${allowed.map((s) => `"${s}"`).join(", ")}, not to "${next}"`,
    details,
  );
}
