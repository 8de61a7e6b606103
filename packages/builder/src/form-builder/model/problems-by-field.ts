import type { FormSpec } from "@civitas/definitions/form";
import { conditionFields } from "@civitas/definitions/form";

/** A problem of the loader (same as the CLI prints), located by a JSON pointer into the document. */
export interface BuilderProblem {
  severity: "error" | "warning";
  message: string;
  pointer: string;
  code: string;
}

export interface GroupedProblems {
  /** Problems of a field (its texts, schema, UI schema, logic rules, attachments, prefill). */
  byField: ReadonlyMap<string, readonly BuilderProblem[]>;
  /** Problems of a page (its title, description, id), by index in `spec.pages`. */
  byPage: ReadonlyMap<number, readonly BuilderProblem[]>;
  /** Everything else: form name, submission settings, pointers to fields that no longer exist. */
  rest: readonly BuilderProblem[];
}

const segmentsOf = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));

/** The field path a pointer into a schema names: `/properties/a/items/properties/b` → `a[].b`. */
function schemaPath(segments: readonly string[]): string {
  let path = "";
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === "properties" && segments[i + 1] !== undefined) {
      path = path ? `${path}.${segments[++i]}` : (segments[++i] as string);
    } else if (segments[i] === "items" && path) path += "[]";
    else break;
  }
  return path;
}

/** The field paths a problem's pointer names (several for a logic rule with several targets). */
function fieldsOf(spec: FormSpec, segments: readonly string[], known: (path: string) => boolean): string[] {
  const [root, kind, first, ...rest] = segments;
  if (root !== "spec" || first === undefined) return [];
  switch (kind) {
    case "texts":
    case "attachments":
    case "prefill":
      return [first];
    case "schema":
      return [schemaPath([first, ...rest])];
    case "uiSchema": {
      let path = "";
      for (const part of [first, ...rest]) {
        if (part.startsWith("ui:")) break;
        const next =
          part === "items" && path && !known(`${path}.items`) ? `${path}[]` : path ? `${path}.${part}` : part;
        if (!known(next)) break;
        path = next;
      }
      return [path];
    }
    case "logic": {
      const rule = spec.logic[Number(first)];
      if (!rule) return [];
      const targets = [...rule.show, ...rule.require];
      return targets.length > 0 ? targets : conditionFields(rule.when).slice(0, 1);
    }
    case "pages": {
      const page = spec.pages[Number(first)];
      return rest[0] === "fields" && rest[1] !== undefined ? [page?.fields[Number(rest[1])] ?? ""] : [];
    }
    default:
      return [];
  }
}

/**
 * Sorts the loader's problems to the fields and pages they point at, by pointer prefix
 * (`/spec/texts/<path>`, `/spec/schema/properties/...`, `/spec/logic/<n>`, `/spec/pages/<n>` ...).
 *
 * @example
 * ```ts
 * groupProblems(spec, new Set(["applicant.email"]), problems).byField.get("applicant.email");
 * ```
 */
export function groupProblems(
  spec: FormSpec,
  fieldPaths: ReadonlySet<string>,
  problems: readonly BuilderProblem[],
): GroupedProblems {
  const byField = new Map<string, BuilderProblem[]>();
  const byPage = new Map<number, BuilderProblem[]>();
  const rest: BuilderProblem[] = [];
  const known = (path: string) => fieldPaths.has(path);
  for (const problem of problems) {
    const segments = segmentsOf(problem.pointer);
    const paths = fieldsOf(spec, segments, known).filter(known);
    if (paths.length > 0) {
      for (const path of paths) byField.set(path, [...(byField.get(path) ?? []), problem]);
      continue;
    }
    const page = segments[1] === "pages" && segments[2] !== undefined ? Number(segments[2]) : Number.NaN;
    if (Number.isInteger(page) && spec.pages[page]) byPage.set(page, [...(byPage.get(page) ?? []), problem]);
    else rest.push(problem);
  }
  return { byField, byPage, rest };
}

const sameProblem = (a: BuilderProblem, b: BuilderProblem) =>
  a.severity === b.severity && a.code === b.code && a.pointer === b.pointer && a.message === b.message;

/** Whether two lists hold the same problems in the same order. */
export const sameProblems = (a: readonly BuilderProblem[], b: readonly BuilderProblem[]) =>
  a.length === b.length && a.every((problem, index) => sameProblem(problem, b[index] as BuilderProblem));

/**
 * The next problems by field, keeping the previous list of each field whose problems did not
 * change, so the canvas rows showing them are left alone.
 */
export function reuseUnchanged<K>(
  previous: ReadonlyMap<K, readonly BuilderProblem[]>,
  next: ReadonlyMap<K, readonly BuilderProblem[]>,
): ReadonlyMap<K, readonly BuilderProblem[]> {
  const shared = new Map<K, readonly BuilderProblem[]>();
  for (const [key, list] of next) {
    const before = previous.get(key);
    shared.set(key, before && sameProblems(before, list) ? before : list);
  }
  return shared;
}
