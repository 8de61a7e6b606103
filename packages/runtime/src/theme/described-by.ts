import { descriptionId, errorId, getUiOptions, helpId, type UiSchema } from "@rjsf/utils";

/**
 * The `aria-describedby` of a field's control: its description, help and error message, naming
 * only those that are rendered (an id of nothing is noise to assistive technology).
 */
export function describedBy(
  id: string,
  {
    uiSchema,
    schema,
    rawErrors,
  }: { uiSchema?: UiSchema; schema: { description?: string }; rawErrors?: unknown[] },
): string | undefined {
  const options = getUiOptions(uiSchema);
  const ids = [
    options.description || schema.description ? descriptionId(id) : undefined,
    options.help ? helpId(id) : undefined,
    rawErrors?.length ? errorId(id) : undefined,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
