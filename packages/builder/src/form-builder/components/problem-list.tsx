import type { BuilderProblem } from "../model/problems-by-field.ts";

/** Problems the loader found, errors first, each with its severity in words. */
export function ProblemList({ problems, title }: { problems: readonly BuilderProblem[]; title: string }) {
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  return (
    <div className="fb-problems">
      <h4>{title}</h4>
      <ul>
        {sorted.map((problem, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same message may point at two places
          <li key={`${problem.pointer}-${i}`} className={`fb-problem fb-problem-${problem.severity}`}>
            <strong>{problem.severity === "error" ? "Error" : "Warning"}:</strong> {problem.message}{" "}
            <span className="fb-path">{problem.pointer}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
