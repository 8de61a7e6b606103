import { type JsonSchema, listFormFields } from "../form/form-fields.ts";
import type { CheckContext } from "./check-context.ts";
import type { PathSegment } from "./problem.ts";
import { didYouMean } from "./suggest.ts";

/** Checks that every key of a UI schema that is not a `ui:` option names a field of the data schema. */
export function checkUiSchema(
  uiSchema: Record<string, unknown>,
  schema: JsonSchema,
  at: PathSegment[],
  ctx: CheckContext,
): void {
  const fieldPaths = new Set(listFormFields(schema).map((field) => field.path));
  const visit = (node: Record<string, unknown>, parentPath: string, nodeAt: PathSegment[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("ui:") || typeof value !== "object" || value === null || Array.isArray(value))
        continue;
      const isItems =
        key === "items" &&
        parentPath !== "" &&
        fieldPaths.has(parentPath) &&
        !fieldPaths.has(`${parentPath}.items`);
      const path = isItems ? `${parentPath}[]` : parentPath ? `${parentPath}.${key}` : key;
      if (!isItems && !fieldPaths.has(path)) {
        const siblings = [...fieldPaths].filter((candidate) =>
          candidate.startsWith(parentPath ? `${parentPath}.` : ""),
        );
        ctx.report({
          code: "unknown-field-path",
          message: `the UI schema names \`${path}\`, which is not a field of the form's schema${didYouMean(path, siblings)}`,
          path: nodeAt,
          key,
        });
        continue;
      }
      visit(value as Record<string, unknown>, path, [...nodeAt, key]);
    }
  };
  visit(uiSchema, "", at);
}
