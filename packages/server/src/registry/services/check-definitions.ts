import {
  formatProblem,
  type LocatedDefinition,
  loadDefinitions,
  organisationOf,
  type Problem,
  type SourceFile,
} from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { listLatestContents } from "../repositories/version-repository.ts";

export interface CheckResult {
  ok: boolean;
  /** Problems located in the given files only. */
  problems: Problem[];
  /** The documents of the given files that passed the format checks. */
  documents: LocatedDefinition[];
}

/**
 * Runs the same loader as the CLI over the given files together with the organisation's latest
 * published documents, so references resolve. A given document replaces its published version (it
 * comes first, so the duplicate is the published one, whose problems are dropped).
 */
export async function checkDefinitions(
  db: Kysely<Database>,
  organisationId: string,
  files: readonly SourceFile[],
): Promise<CheckResult> {
  const given = new Set(files.map((file) => file.path));
  const published = (await listLatestContents(db, organisationId)).map((row) => {
    let path = `published/${row.kind}/${row.document_id}.json`;
    while (given.has(path)) path = `(published)/${path}`;
    return { path, text: JSON.stringify(row.content, null, 2) };
  });
  const result = loadDefinitions([...files, ...published]);
  const problems = result.problems.filter((problem) => given.has(problem.file));
  const documents = result.bundle.definitions.filter((located) => given.has(located.source.file));
  for (const located of documents) {
    const owner = organisationOf(located.definition);
    if (owner === organisationId) continue;
    const isOrganisation = located.definition.kind === "Organisation";
    problems.push(
      locatedProblem(
        located,
        isOrganisation ? ["metadata", "id"] : ["metadata", "organisation"],
        "wrong-organisation",
        `this document belongs to \`${owner}\`, but it is checked in organisation \`${organisationId}\``,
      ),
    );
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ok: !problems.some((problem) => problem.severity === "error"), problems, documents };
}

/** An error at a path of a loaded document. */
export function locatedProblem(
  located: LocatedDefinition,
  path: string[],
  code: string,
  message: string,
): Problem {
  const { line, column } = located.source.locate(path);
  const pointer = path.map((segment) => `/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
  return { severity: "error", code, message, file: located.source.file, line, column, pointer };
}

/** One sentence about a failed check, naming the first error. */
export function describeProblems(problems: readonly Problem[], outcome: string): string {
  const errors = problems.filter((problem) => problem.severity === "error");
  const first = errors[0];
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  return `The definition has ${count}; ${outcome}.${first ? ` The first: ${formatProblem(first)}` : ""}`;
}
