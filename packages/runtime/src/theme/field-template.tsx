import { type FieldTemplateProps, getUiOptions } from "@rjsf/utils";
import { useContext } from "react";
import { civitasContextOf } from "./civitas-form-context.ts";
import { describedBy } from "./described-by.ts";
import { isListItem, ListItemLegend } from "./list-item-legend.ts";
import { RequiredMark } from "./required-mark.tsx";

const CHOICE_GROUPS = new Set(["radio", "checkboxes"]);

/**
 * The frame of one field: its label (required marked in words), help, error message and control, in
 * the order a screen reader meets them. Questions answered by radio buttons or checkboxes are a
 * fieldset with the question as legend; groups and lists draw their own fieldset.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, errors, help, description, hidden, required, displayLabel } = props;
  const { schema, uiSchema, rawErrors, registry, fieldPathId } = props;
  const itemLegend = useContext(ListItemLegend);
  const { messages } = civitasContextOf(registry);
  if (hidden) return <div hidden>{children}</div>;

  const widget = getUiOptions(uiSchema).widget;
  const invalid = Boolean(rawErrors?.length);
  const className = `civitas-field${invalid ? " civitas-field-invalid" : ""}`;
  if (schema.type === "object" || (schema.type === "array" && !CHOICE_GROUPS.has(String(widget)))) {
    return (
      <div className={className}>
        {children}
        {errors}
      </div>
    );
  }
  const title = isListItem(fieldPathId.path) && itemLegend ? itemLegend : label;
  const marker = required ? <RequiredMark text={messages.required} /> : null;
  if (CHOICE_GROUPS.has(String(widget))) {
    return (
      <fieldset className={`${className} civitas-fieldset`} aria-describedby={describedBy(id, props)}>
        <legend className="civitas-label">
          {title}
          {marker}
        </legend>
        {description}
        {help}
        {errors}
        {children}
      </fieldset>
    );
  }
  const isCheckbox = schema.type === "boolean" && (!widget || widget === "checkbox");
  return (
    <div className={className}>
      {displayLabel && !isCheckbox ? (
        <label className="civitas-label" htmlFor={id}>
          {title}
          {marker}
        </label>
      ) : null}
      {displayLabel && !isCheckbox ? description : null}
      {isCheckbox ? null : help}
      {isCheckbox ? null : errors}
      {children}
      {isCheckbox ? help : null}
      {isCheckbox ? errors : null}
    </div>
  );
}
