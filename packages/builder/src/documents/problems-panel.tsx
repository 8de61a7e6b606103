import { memo } from "react";
import { describePointer } from "./describe-diff.ts";
import type { DefinitionProblem } from "./registry-api.ts";

interface ProblemsPanelProps {
  problems: readonly DefinitionProblem[];
  /** Shows the problem in the source, with the caret at it. */
  onShow(problem: DefinitionProblem): void;
}

/** Every problem the checks found, errors first, each with where it is in words. */
export const ProblemsPanel = memo(function ProblemsPanel({ problems, onShow }: ProblemsPanelProps) {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return (
    <section className="problems-panel" aria-labelledby="problems-title">
      <h2 id="problems-title">
        {problems.length === 0
          ? "No problems"
          : `Problems: ${errors} ${errors === 1 ? "error" : "errors"}, ${problems.length - errors} ${problems.length - errors === 1 ? "warning" : "warnings"}`}
      </h2>
      {sorted.length > 0 ? (
        <ul>
          {sorted.map((problem) => (
            <li
              key={`${problem.pointer}-${problem.code}-${problem.message}`}
              className={`problem ${problem.severity}`}
            >
              <span className="problem-severity">{problem.severity === "error" ? "Error" : "Warning"}</span>{" "}
              <strong>{describePointer(problem.pointer)}</strong>: {problem.message}{" "}
              <button type="button" className="builder-link-button" onClick={() => onShow(problem)}>
                Show in source
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
