import { type ErrorSchema, toErrorSchema } from "@rjsf/utils";
import type { FieldIssue } from "../validation/validate-answers.ts";

/** The issues shown, as the `extraErrors` RJSF puts at each field (its only source of errors here). */
export function issuesToErrorSchema(issues: readonly FieldIssue[]): ErrorSchema {
  return toErrorSchema(
    issues.map((issue) => ({
      property: `.${issue.path.join(".")}`,
      message: issue.message,
      stack: issue.message,
    })),
  );
}
