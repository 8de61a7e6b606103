import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo, useEffect, useMemo, useRef } from "react";
import type { OutlineField } from "../model/form-outline.ts";
import { useBuilder, useFieldProblems, useIsSelected } from "./builder-store.ts";
import { KIND_NAMES } from "./kind-names.ts";

export interface RowPlace {
  container: string;
  /** Index in `spec.pages` for a top-level row; -1 in a form without pages. */
  page: number;
  index: number;
}

interface CanvasRowProps {
  field: OutlineField;
  page: number;
  index: number;
  count: number;
  /** Whether Move up/Move down may leave this list for the previous/next page. */
  pageBefore: boolean;
  pageAfter: boolean;
}

/** One field of the canvas (with a group's fields under it); re-renders only when its own props change. */
export const CanvasRow = memo(function CanvasRow(props: CanvasRowProps) {
  const { field, page, index, count } = props;
  const { actions, store, readOnly } = useBuilder();
  const selected = useIsSelected(field.path);
  const problems = useFieldProblems(field.path);
  const container = field.path.includes(".") ? field.path.slice(0, field.path.lastIndexOf(".")) : "";
  const sortable = useSortable({
    id: field.path,
    data: { container, page, index } satisfies RowPlace,
    disabled: readOnly,
  });
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const request = store.focusRequest;
    if (!selected || request?.path !== field.path) return;
    const button = request.button === "up" ? up.current : down.current;
    if (button && !button.disabled) {
      button.focus();
      store.focusRequest = null;
    }
  });

  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const canUp = index > 0 || (container === "" && props.pageBefore);
  const canDown = index < count - 1 || (container === "" && props.pageAfter);
  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={`fb-row${selected ? " fb-row-selected" : ""}${sortable.isDragging ? " fb-row-dragging" : ""}`}
    >
      <div className="fb-row-line">
        {readOnly ? null : (
          <button
            type="button"
            className="fb-drag"
            aria-label="Drag"
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <button
          type="button"
          className="fb-row-select"
          aria-pressed={selected}
          aria-describedby={`fb-row-meta-${field.path}`}
          onClick={() => actions.select({ kind: "field", path: field.path })}
        >
          {field.label}
        </button>
        <span className="fb-row-meta" id={`fb-row-meta-${field.path}`}>
          <span className="fb-tag">{KIND_NAMES[field.kind]}</span>
          {field.required ? <span className="fb-tag">required</span> : null}
          {field.conditional ? <span className="fb-tag">conditional</span> : null}
          {field.missingLanguages.length > 0 ? (
            <span className="fb-tag fb-tag-warning">missing in {field.missingLanguages.join(", ")}</span>
          ) : null}
          {errors > 0 ? (
            <span className="fb-tag fb-tag-error">{errors === 1 ? "1 error" : `${errors} errors`}</span>
          ) : null}
          {warnings > 0 ? (
            <span className="fb-tag fb-tag-warning">
              {warnings === 1 ? "1 warning" : `${warnings} warnings`}
            </span>
          ) : null}
        </span>
        {selected && !readOnly ? (
          <span className="fb-row-actions">
            <button ref={up} type="button" disabled={!canUp} onClick={() => actions.moveBy(field.path, -1)}>
              Move up
            </button>
            <button
              ref={down}
              type="button"
              disabled={!canDown}
              onClick={() => actions.moveBy(field.path, 1)}
            >
              Move down
            </button>
            <button type="button" className="fb-danger" onClick={() => actions.remove(field.path)}>
              Remove
            </button>
          </span>
        ) : null}
      </div>
      {field.children && field.container !== undefined ? (
        <FieldList
          container={field.container}
          fields={field.children}
          page={page}
          label={`Fields of ${field.label}`}
        />
      ) : null}
    </li>
  );
});

interface FieldListProps {
  container: string;
  fields: readonly OutlineField[];
  page: number;
  label: string;
  pageBefore?: boolean;
  pageAfter?: boolean;
}

/** A sortable list of fields: a page's, or a group's. Empty, it is still a place to drop on. */
export const FieldList = memo(function FieldList(props: FieldListProps) {
  const { container, fields, page } = props;
  const id = container === "" ? `page:${page}` : `container:${container}`;
  const droppable = useDroppable({ id, data: { container, page, index: fields.length } satisfies RowPlace });
  // Same items, same array: SortableContext then leaves the rows alone when one of them changes.
  const joined = fields.map((field) => field.path).join("\n");
  const ids = useMemo(() => (joined ? joined.split("\n") : []), [joined]);
  return (
    <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
      <ul
        ref={droppable.setNodeRef}
        className={`fb-list${droppable.isOver ? " fb-list-over" : ""}`}
        aria-label={props.label}
      >
        {fields.map((field, index) => (
          <CanvasRow
            key={field.path}
            field={field}
            page={page}
            index={index}
            count={fields.length}
            pageBefore={props.pageBefore ?? false}
            pageAfter={props.pageAfter ?? false}
          />
        ))}
        {fields.length === 0 ? <li className="fb-empty">No fields yet: drop one here.</li> : null}
      </ul>
    </SortableContext>
  );
});
