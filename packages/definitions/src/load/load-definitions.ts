import type { z } from "zod";
import type { Kind } from "../constants.ts";
import { DOCUMENT_SCHEMAS } from "../model/document.ts";
import { type CheckContext, contextFor } from "./check-context.ts";
import { checkForm } from "./check-form.ts";
import { checkReferences } from "./check-references.ts";
import { checkTranslations } from "./check-translations.ts";
import { DefinitionBundle, type LocatedDefinition, organisationOf } from "./definition-bundle.ts";
import { parseSource, type SourceDocument } from "./parse-source.ts";
import type { Problem } from "./problem.ts";
import { validateDocument } from "./validate-document.ts";

export interface SourceFile {
  /** Shown in problems; usually the path relative to where the command runs. */
  path: string;
  text: string;
}

export interface LoadResult {
  /** The documents that passed the format checks (even if they have reference problems). */
  bundle: DefinitionBundle;
  /** Every problem found, in file order. */
  problems: Problem[];
  /** True when no problem is an error. */
  ok: boolean;
}

/**
 * Loads definitions from YAML or JSON texts and reports every problem: syntax, format, unknown
 * kinds and fields, missing texts, duplicate ids, broken references and unsound forms.
 * It never throws for bad input.
 *
 * @example
 * ```ts
 * const { ok, problems, bundle } = loadDefinitions([{ path: "parking.yaml", text }]);
 * if (!ok) problems.forEach((problem) => console.error(formatProblem(problem)));
 * ```
 */
export function loadDefinitions(files: readonly SourceFile[]): LoadResult {
  const problems: Problem[] = [];
  const valid: LocatedDefinition[] = [];
  const invalid: Array<{ source: SourceDocument; kind: Kind; organisation: unknown; data: unknown }> = [];
  const firstSeen = new Map<string, SourceDocument>();

  for (const file of files) {
    const parsed = parseSource(file.path, file.text);
    problems.push(...parsed.problems);
    for (const source of parsed.documents) {
      const { definition, problems: found, invalid: rejected } = validateDocument(source);
      problems.push(...found);
      if (rejected) invalid.push({ source, ...rejected });
      if (!definition) continue;
      const key = DefinitionBundle.key(definition.kind, organisationOf(definition), definition.metadata.id);
      const first = firstSeen.get(key);
      if (first) {
        const where = `${first.file}:${first.locate(["metadata", "id"]).line}`;
        contextFor(source, problems).report({
          code: "duplicate-id",
          message: `another ${definition.kind} already has the id \`${definition.metadata.id}\` (${where})`,
          path: ["metadata", "id"],
        });
        continue;
      }
      firstSeen.set(key, source);
      valid.push({ definition, source });
    }
  }

  const bundle = new DefinitionBundle(valid);
  for (const located of valid) {
    const ctx = contextFor(located.source, problems);
    const { definition } = located;
    const organisation = bundle.find("Organisation", organisationOf(definition), organisationOf(definition));
    const languages = organisation?.definition.spec.languages ?? [];
    checkTranslations(DOCUMENT_SCHEMAS[definition.kind] as z.ZodType, definition, languages, ctx);
    checkReferences(located, bundle, ctx);
    if (definition.kind === "Form") checkForm(definition.spec, languages[0], prefixed(ctx, ["spec"]));
    if (definition.kind === "ServiceTemplate" && definition.spec.form) {
      checkForm(definition.spec.form, languages[0], prefixed(ctx, ["spec", "form"]));
    }
  }

  // Documents that failed the format checks still get their texts checked, so one pass reports all.
  for (const { source, kind, organisation, data } of invalid) {
    if (typeof organisation !== "string" && kind !== "Organisation") continue;
    const owner =
      kind === "Organisation"
        ? undefined
        : bundle.find("Organisation", organisation as string, organisation as string);
    const languages = owner?.definition.spec.languages ?? [];
    checkTranslations(DOCUMENT_SCHEMAS[kind] as z.ZodType, data, languages, contextFor(source, problems));
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { bundle, problems, ok: !problems.some((problem) => problem.severity === "error") };
}

/** A context whose paths are relative to a sub-document, e.g. a template's embedded form. */
function prefixed(ctx: CheckContext, prefix: (string | number)[]): CheckContext {
  return { report: (problem) => ctx.report({ ...problem, path: [...prefix, ...problem.path] }) };
}
