import type { z } from "zod";
import { API_VERSION, KINDS, type Kind } from "../constants.ts";
import { migrateDocument } from "../migrate/migrate-document.ts";
import { type Definition, DOCUMENT_SCHEMAS } from "../model/document.ts";
import { locateProblem } from "./check-context.ts";
import { describeIssue } from "./issue-message.ts";
import type { SourceDocument } from "./parse-source.ts";
import type { PathSegment, Problem } from "./problem.ts";
import { discriminatorValuesAt, knownKeysAt } from "./schema-walk.ts";
import { didYouMean } from "./suggest.ts";

export interface ValidatedDocument {
  definition?: Definition;
  problems: Problem[];
  /** A document of a known kind that failed the format checks, as written (after migration). */
  invalid?: { kind: Kind; organisation: unknown; data: Record<string, unknown> };
}

/** Shows a path the way an author reads it: `spec.channelOfferings[1].form`. */
export function describePath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join("");
}

/**
 * Checks one parsed document against the definition format: envelope, format version (migrating
 * older ones), kind, and the kind's schema. Every problem is located; nothing throws.
 */
export function validateDocument(source: SourceDocument): ValidatedDocument {
  const problem = (code: string, message: string, path: PathSegment[], key?: string): Problem =>
    locateProblem(source, { code, message, path, ...(key ? { key } : {}) });
  const data = source.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      problems: [
        problem(
          "not-a-definition",
          "a definition must be a mapping with apiVersion, kind, metadata and spec",
          [],
        ),
      ],
    };
  }
  const migrated = migrateDocument(data as Record<string, unknown>);
  if (!migrated.ok) return { problems: [problem("unknown-api-version", migrated.message, ["apiVersion"])] };

  const kind = migrated.document.kind;
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    const message =
      typeof kind !== "string"
        ? `\`kind\` is required as one of ${KINDS.join(", ")}`
        : `unknown kind \`${String(kind)}\`; the kinds are ${KINDS.join(", ")}${didYouMean(String(kind), KINDS)}`;
    return { problems: [problem("unknown-kind", message, kind === undefined ? [] : ["kind"])] };
  }
  const schema = DOCUMENT_SCHEMAS[kind as Kind] as z.ZodType;
  const result = schema.safeParse(migrated.document, {
    reportInput: true,
    error: (issue) => describeIssue(issue),
  });
  if (result.success) return { definition: result.data as Definition, problems: [] };

  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as PathSegment[];
    const where = describePath(path);
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        const list = hint ? "" : ` Known fields here: ${known.join(", ")}.`;
        problems.push(
          problem(
            "unknown-field",
            `unknown field \`${key}\` in ${where || "the document"}${hint}${list}`,
            path,
            key,
          ),
        );
      }
    } else if (
      issue.code === "invalid_union" &&
      "discriminator" in issue &&
      typeof issue.discriminator === "string"
    ) {
      const key = issue.discriminator;
      const allowed = discriminatorValuesAt(schema, path, key);
      const value = (issue.input as Record<string, unknown> | undefined)?.[key];
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      problems.push(
        problem(
          "invalid-value",
          `${describePath([...path, key])} must be one of ${allowed.join(", ")}${hint}`,
          [...path, key],
        ),
      );
    } else if (issue.code === "invalid_key") {
      const key = String(path.at(-1));
      const inner = issue.issues[0]?.message ?? "is not allowed";
      const quote = /[ ,]/.test(key) ? " — if it is part of a text, put the whole text in quotes" : "";
      const owner = describePath(path.slice(0, -1));
      problems.push(
        problem("invalid-key", `\`${key}\` is not allowed as a key in ${owner}: it ${inner}${quote}`, path),
      );
    } else {
      problems.push(problem(issueCode(issue), `${where || "the document"} ${issue.message}`, path));
    }
  }
  const organisation = (migrated.document.metadata as Record<string, unknown> | undefined)?.organisation;
  return { problems, invalid: { kind: kind as Kind, organisation, data: migrated.document } };
}

function issueCode(issue: z.core.$ZodIssue): string {
  const missing =
    issue.input === undefined && ["invalid_type", "invalid_value", "invalid_union"].includes(issue.code);
  if (missing) return "missing-field";
  return issue.code.replaceAll("_", "-");
}

export { API_VERSION };
