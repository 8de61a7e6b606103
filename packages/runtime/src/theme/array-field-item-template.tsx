import type { ArrayFieldItemTemplateProps } from "@rjsf/utils";
import { useContext } from "react";
import { civitasContextOf } from "./civitas-form-context.ts";
import { ListItemLegend, ListOfItems } from "./list-item-legend.ts";

/**
 * One item of a repeatable group, named "<group> <n>", with a remove button that says what it
 * removes. After a removal the focus goes to the group, which would otherwise be lost with the button.
 */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, index, totalItems, buttonsProps, registry } = props;
  const { messages } = civitasContextOf(registry);
  const { name: group, minItems } = useContext(ListOfItems);
  const legend = messages.itemLegend(group, index + 1);
  const listId = buttonsProps.fieldPathId.$id.replace(/_\d+$/, "");
  const remove = (event: unknown) => {
    // The document or, in the embed, the shadow root the list lives in.
    const button = (event as { currentTarget?: unknown } | undefined)?.currentTarget;
    const root = button instanceof Node ? (button.getRootNode() as Document | ShadowRoot) : document;
    buttonsProps.onRemoveItem(event);
    requestAnimationFrame(() => root.getElementById(listId)?.focus());
  };
  return (
    <li className="civitas-list-item">
      <ListItemLegend.Provider value={legend}>{children}</ListItemLegend.Provider>
      {buttonsProps.hasRemove && totalItems > minItems ? (
        <button
          type="button"
          className="civitas-button civitas-button-secondary civitas-button-remove"
          aria-label={messages.removeItemLabel(group, index + 1)}
          disabled={buttonsProps.disabled || buttonsProps.readonly}
          onClick={remove}
        >
          {messages.removeItem}
        </button>
      ) : null}
    </li>
  );
}
