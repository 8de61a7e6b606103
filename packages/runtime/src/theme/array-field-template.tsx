import { type ArrayFieldTemplateProps, getUiOptions, helpId } from "@rjsf/utils";
import { useMemo } from "react";
import { civitasContextOf } from "./civitas-form-context.ts";
import { ListOfItems } from "./list-item-legend.ts";
import { RequiredMark } from "./required-mark.tsx";

/**
 * A repeatable group: a fieldset with the group's title as legend, its items (each a fieldset of its
 * own, see the item template) and a button to add another while the group's `maxItems` allows.
 */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { canAdd, items, onAddClick, title, fieldPathId, uiSchema, registry, disabled, readonly } = props;
  const { required, schema } = props;
  const { messages } = civitasContextOf(registry);
  const { help, title: uiTitle } = getUiOptions(uiSchema);
  const name = String(uiTitle ?? title);
  const id = fieldPathId.$id;
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const list = useMemo(() => ({ name, minItems }), [name, minItems]);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="civitas-group civitas-list"
      aria-describedby={help ? helpId(id) : undefined}
    >
      <legend className="civitas-legend">
        {name}
        {required ? <RequiredMark text={messages.required} /> : null}
      </legend>
      {help ? (
        <div id={helpId(id)} className="civitas-help">
          {help}
        </div>
      ) : null}
      <ListOfItems.Provider value={list}>
        <ol className="civitas-list-items">{items}</ol>
      </ListOfItems.Provider>
      {canAdd ? (
        <button
          type="button"
          className="civitas-button civitas-button-secondary"
          aria-label={messages.addItemLabel(name)}
          disabled={disabled || readonly}
          onClick={onAddClick}
        >
          {messages.addItem}
        </button>
      ) : null}
    </fieldset>
  );
}
