import type { Definition, Problem, SourceFile } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { type CheckResult, checkDefinitions, describeProblems, locatedProblem } from "./check-definitions.ts";

/** Checks that the file holds exactly the one valid document the request names. */
export async function checkWorkingCopy(
  db: Kysely<Database>,
  ref: DocumentRef,
  file: SourceFile,
  outcome = "nothing was saved",
): Promise<{ definition: Definition; problems: Problem[] }> {
  const checked = await checkDefinitions(db, ref.organisationId, [file]);
  const problems = [...checked.problems, ...identityProblems(ref, file, checked)];
  const [located] = checked.documents;
  if (!located || problems.some((problem) => problem.severity === "error")) {
    throw new AppError("invalid-definition", describeProblems(problems, outcome), { problems });
  }
  return { definition: located.definition, problems };
}

function identityProblems(ref: DocumentRef, file: SourceFile, checked: CheckResult): Problem[] {
  const expected = `the working copy of ${describeDocument(ref)}`;
  if (checked.documents.length === 0 && checked.ok) {
    const message = `the text holds no definition; it should hold ${expected}`;
    return [
      { severity: "error", code: "no-document", message, file: file.path, line: 0, column: 0, pointer: "" },
    ];
  }
  return checked.documents.flatMap((located, index): Problem[] => {
    const { kind, metadata } = located.definition;
    if (index > 0) {
      return [locatedProblem(located, [], "one-document", `the text must hold one definition, ${expected}`)];
    }
    if (kind !== ref.kind) {
      return [locatedProblem(located, ["kind"], "wrong-document", `this is a ${kind}, not ${expected}`)];
    }
    if (metadata.id !== ref.documentId) {
      const message = `the id is \`${metadata.id}\`, but this is ${expected}`;
      return [locatedProblem(located, ["metadata", "id"], "wrong-document", message)];
    }
    return [];
  });
}
