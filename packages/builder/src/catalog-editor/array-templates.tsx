import type { ArrayFieldItemTemplateProps, ArrayFieldTemplateProps } from "@rjsf/utils";
import { createContext, useContext } from "react";

const ItemName = createContext("Item");

/** A list of a spec (offerings, costs, stages…): its items in order and a button to add one. */
export function CatalogArrayTemplate(props: ArrayFieldTemplateProps) {
  const { items, canAdd, onAddClick, title, schema, fieldPathId, disabled, readonly } = props;
  const itemName = (schema.items as { title?: string } | undefined)?.title ?? "item";
  return (
    <fieldset className="catalog-list" id={fieldPathId.$id}>
      <legend>{title}</legend>
      {schema.description ? <p className="builder-hint">{schema.description}</p> : null}
      {items.length === 0 ? <p className="builder-hint">None yet.</p> : null}
      <ItemName.Provider value={itemName}>
        <ol className="catalog-list-items">{items}</ol>
      </ItemName.Provider>
      {canAdd ? (
        <button type="button" className="builder-button" disabled={disabled || readonly} onClick={onAddClick}>
          Add {itemName.toLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}

/** One item of a list with buttons that say what they move or remove. */
export function CatalogArrayItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, index, buttonsProps } = props;
  const name = `${useContext(ItemName)} ${index + 1}`;
  const off = buttonsProps.disabled || buttonsProps.readonly;
  return (
    <li className="catalog-list-item">
      <div className="catalog-list-body">{children}</div>
      <div className="catalog-list-buttons">
        {buttonsProps.hasMoveUp || buttonsProps.hasMoveDown ? (
          <>
            <button
              type="button"
              className="builder-button small"
              aria-label={`Move ${name} up`}
              disabled={off || !buttonsProps.hasMoveUp}
              onClick={buttonsProps.onMoveUpItem}
            >
              Up
            </button>
            <button
              type="button"
              className="builder-button small"
              aria-label={`Move ${name} down`}
              disabled={off || !buttonsProps.hasMoveDown}
              onClick={buttonsProps.onMoveDownItem}
            >
              Down
            </button>
          </>
        ) : null}
        {buttonsProps.hasRemove ? (
          <button
            type="button"
            className="builder-button small danger"
            aria-label={`Remove ${name}`}
            disabled={off}
            onClick={buttonsProps.onRemoveItem}
          >
            Remove
          </button>
        ) : null}
      </div>
    </li>
  );
}
