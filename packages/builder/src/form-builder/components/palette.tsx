import { useDraggable } from "@dnd-kit/core";
import { memo } from "react";
import { PALETTE_ITEMS, type PaletteItem } from "../model/field-kinds.ts";
import { KIND_NAMES } from "./kind-names.ts";

const HINTS: Partial<Record<PaletteItem, string>> = {
  page: "Adds a page after the current one",
  "info-text": "Adds a description to the current page",
};

function PaletteButton({ item, onAdd }: { item: PaletteItem; onAdd: (item: PaletteItem) => void }) {
  const draggable = useDraggable({
    id: `palette:${item}`,
    data: { palette: item },
    disabled: item === "page" || item === "info-text",
  });
  return (
    <li>
      <button
        ref={draggable.setNodeRef}
        type="button"
        className="fb-palette-item"
        title={HINTS[item]}
        onClick={() => onAdd(item)}
        // Pointer dragging only: Enter and Space add the item where the selection is.
        onPointerDown={
          draggable.listeners?.onPointerDown as React.PointerEventHandler<HTMLButtonElement> | undefined
        }
      >
        {KIND_NAMES[item]}
      </button>
    </li>
  );
}

/** The kinds of fields (and a page, an info text) an author can add, by click, Enter or dragging. */
export const Palette = memo(function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  return (
    <section className="fb-palette" aria-labelledby="fb-palette-title">
      <h2 id="fb-palette-title">Add</h2>
      <p className="fb-hint" id="fb-palette-hint">
        Adds after the selected field, or at the end of the current page. You can also drag onto the canvas.
      </p>
      <ul aria-describedby="fb-palette-hint">
        {PALETTE_ITEMS.map((item) => (
          <PaletteButton key={item} item={item} onAdd={onAdd} />
        ))}
      </ul>
    </section>
  );
});
