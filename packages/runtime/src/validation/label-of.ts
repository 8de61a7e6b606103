import type { UiSchema } from "@rjsf/utils";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import type { DataPath } from "../paths/field-paths.ts";

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The label of an answer with the context a person needs to find it: the groups it is in (not the
 * page's own section) and the item of a repeatable group, e.g. "Legal representatives 2 – E-mail".
 * Also returns the field's placeholder, an example of what it takes.
 */
export function labelOf(
  uiSchema: UiSchema,
  path: DataPath,
  messages: RuntimeMessages,
): { label: string; parts: string[]; placeholder?: string } {
  const parts: string[] = [];
  let node: Record<string, unknown> | undefined = uiSchema;
  let title = "";
  for (const [index, step] of path.entries()) {
    if (typeof step === "number") {
      node = isNode(node?.items) ? node.items : undefined;
      parts.push(messages.itemLegend(title, step + 1));
      continue;
    }
    node = isNode(node?.[step]) ? (node[step] as Record<string, unknown>) : undefined;
    title = typeof node?.["ui:title"] === "string" ? node["ui:title"] : step;
    const isLeaf = index === path.length - 1;
    const isPageSection = index === 0 && !isLeaf;
    if (isLeaf || (!isPageSection && typeof path[index + 1] !== "number")) parts.push(title);
  }
  const placeholder = node?.["ui:placeholder"];
  return { label: parts.join(" – "), parts, ...(typeof placeholder === "string" ? { placeholder } : {}) };
}
