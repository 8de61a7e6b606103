import type { FormDocument } from "@civitas/definitions";
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { type JSX, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { addField, type FieldPlace } from "../model/add-field.ts";
import { listContainerKeys } from "../model/container-order.ts";
import type { PaletteItem } from "../model/field-kinds.ts";
import { type FormOutline, getFormOutline, listOutlineFields } from "../model/form-outline.ts";
import { addInfoText, addPage } from "../model/form-pages.ts";
import { containerOf, keyOf } from "../model/json-tree.ts";
import { moveField, pageOfField } from "../model/move-field.ts";
import { type BuilderProblem, groupProblems, reuseUnchanged } from "../model/problems-by-field.ts";
import { removeField } from "../model/remove-field.ts";
import { type BuilderActions, BuilderContext, BuilderStore, type Selection } from "./builder-store.ts";
import { Canvas } from "./canvas.tsx";
import type { RowPlace } from "./canvas-row.tsx";
import { FormPreview } from "./form-preview.tsx";
import { KIND_NAMES } from "./kind-names.ts";
import { Palette } from "./palette.tsx";
import { PropertyPanel } from "./property-panel.tsx";
import "./form-builder.css";

export interface FormBuilderProps {
  /** The whole Form document: { apiVersion: "civitas/v1", kind: "Form", metadata: { id, organisation, ... }, spec: FormSpec }. */
  document: FormDocument;
  /** Every edit gives the next whole document (the caller keeps undo/redo history, saving, and the YAML/JSON source tab). */
  onChange: (next: FormDocument) => void;
  /** The organisation's languages, first = default, e.g. ["cs", "en", "lv"]. */
  languages: readonly string[];
  /** Problems of the current document from the definitions loader (same messages as the CLI), to show at the fields they point at. */
  problems?: readonly BuilderProblem[];
  /** Shows the form to someone who may not change it: no palette, no moving, properties greyed out. */
  readOnly?: boolean;
}

const NO_PROBLEMS: readonly BuilderProblem[] = [];
// Module constants: new option objects would make new sensors, and dnd-kit would re-render every row.
const POINTER = { activationConstraint: { distance: 5 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/** Where a top-level field's neighbours are: its page's fields, or the container's keys. */
function siblingsOf(document: FormDocument, path: string): { keys: string[]; page: number } {
  const container = containerOf(path);
  const spec = document.spec;
  if (container === "" && spec.pages.length > 0) {
    const page = pageOfField(spec, keyOf(path));
    return { keys: spec.pages[page]?.fields ?? [], page };
  }
  return { keys: listContainerKeys(spec, container), page: -1 };
}

/**
 * The visual form builder: palette, canvas (pages with their fields, groups nested), property panel
 * with logic, and a preview through the citizen runtime. Every edit hands the next document to
 * `onChange`; the builder keeps no copy of its own.
 *
 * @example
 * ```tsx
 * <FormBuilder document={form} onChange={setForm} languages={["cs", "en"]} problems={problems} />
 * ```
 */
export function FormBuilder({
  document,
  onChange,
  languages,
  problems = NO_PROBLEMS,
  readOnly = false,
}: FormBuilderProps): JSX.Element {
  const latest = useRef(document);
  latest.current = document;
  const changed = useRef(onChange);
  changed.current = onChange;
  const locked = useRef(readOnly);
  locked.current = readOnly;
  const [store] = useState(() => new BuilderStore());
  const [selection, setSelection] = useState<Selection>({ kind: "form" });
  const [currentPage, setCurrentPage] = useState(0);
  const [announcement, setAnnouncement] = useState("");

  const previous = useRef<FormOutline | undefined>(undefined);
  const outline = useMemo(() => {
    const next = getFormOutline(document.spec, {
      language: languages[0] ?? "en",
      languages,
      previous: previous.current,
    });
    previous.current = next;
    return next;
  }, [document.spec, languages]);
  const allFields = useMemo(() => listOutlineFields(outline), [outline]);
  const grouped = useMemo(
    () => groupProblems(document.spec, new Set(outline.fields.keys()), problems),
    [document.spec, outline, problems],
  );

  // Rows re-render only where a field's problems changed: regrouping after each edit keeps the others.
  useEffect(() => store.set({ problems: reuseUnchanged(store.problems, grouped.byField) }), [store, grouped]);

  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      store.set({ selection: next });
      const spec = latest.current.spec;
      if (next.kind === "page") setCurrentPage(next.index);
      if (next.kind === "field") {
        const top = next.path.split(/[.[]/)[0] ?? "";
        const page = pageOfField(spec, top);
        if (page >= 0) setCurrentPage(page);
      }
    },
    [store],
  );

  const apply = useCallback((edit: (doc: FormDocument) => FormDocument) => {
    if (locked.current) return latest.current;
    const next = edit(latest.current);
    if (next !== latest.current) {
      latest.current = next;
      changed.current(next);
    }
    return next;
  }, []);

  const actions = useMemo<BuilderActions>(
    () => ({
      apply,
      select,
      remove: (path) => {
        apply((doc) => removeField(doc, path));
        select({ kind: "form" });
        setAnnouncement("Field removed.");
      },
      moveBy: (path, delta) => {
        const doc = latest.current;
        const { keys, page } = siblingsOf(doc, path);
        const index = keys.indexOf(keyOf(path));
        const container = containerOf(path);
        let place: FieldPlace | undefined;
        if (index + delta >= 0 && index + delta < keys.length)
          place = { container, page, index: index + delta };
        else if (container === "" && page >= 0) {
          const target = doc.spec.pages[page + delta];
          if (target) place = { container, page: page + delta, index: delta < 0 ? target.fields.length : 0 };
        }
        if (!place) return;
        const next = apply((d) => moveField(d, path, place));
        store.focusRequest = { path, button: delta < 0 ? "up" : "down" };
        setAnnouncement(
          next === doc
            ? "This field cannot move there: a page needs a field."
            : delta < 0
              ? "Moved up."
              : "Moved down.",
        );
      },
    }),
    [apply, select, store],
  );

  const addItem = useCallback(
    (item: PaletteItem, at?: FieldPlace) => {
      const doc = latest.current;
      const languageList = languages;
      if (item === "page") {
        const added = addPage(doc, {
          index: doc.spec.pages.length > 0 ? currentPage + 1 : undefined,
          languages: languageList,
        });
        apply(() => added.document);
        select({ kind: "page", index: added.page });
        setAnnouncement(`Page ${added.page + 1} added.`);
        return;
      }
      if (item === "info-text") {
        apply((d) => addInfoText(d, currentPage, languageList));
        select(doc.spec.pages.length > 0 ? { kind: "page", index: currentPage } : { kind: "form" });
        setAnnouncement("Information text added as the page's description.");
        return;
      }
      let place = at;
      if (!place) {
        const current = store.selection;
        if (current.kind === "field") {
          const { keys, page } = siblingsOf(doc, current.path);
          place = {
            container: containerOf(current.path),
            page,
            index: keys.indexOf(keyOf(current.path)) + 1,
          };
        } else place = { container: "", page: currentPage };
      }
      const added = addField(doc, { kind: item, ...place, languages: languageList });
      apply(() => added.document);
      select({ kind: "field", path: added.path });
      setAnnouncement(`${KIND_NAMES[item]} field added.`);
    },
    [apply, currentPage, languages, select, store],
  );

  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const target = over?.data.current as RowPlace | undefined;
      if (!target) return;
      const place: FieldPlace = {
        container: target.container,
        ...(target.page >= 0 ? { page: target.page } : {}),
        index: target.index,
      };
      const palette = (active.data.current as { palette?: PaletteItem } | undefined)?.palette;
      if (palette) return addItem(palette, place);
      const path = String(active.id);
      if (path === over?.id) return;
      apply((doc) => moveField(doc, path, place));
    },
    [addItem, apply],
  );

  const context = useMemo(() => ({ store, actions, readOnly }), [store, actions, readOnly]);
  return (
    <BuilderContext.Provider value={context}>
      <div className="fb">
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <div className={readOnly ? "fb-columns fb-read-only" : "fb-columns"}>
            {readOnly ? null : <Palette onAdd={addItem} />}
            <Canvas outline={outline} selectedPage={selection.kind === "page" ? selection.index : null} />
            <PropertyPanel
              selection={selection}
              spec={document.spec}
              outline={outline}
              allFields={allFields}
              languages={languages}
              problems={grouped}
              apply={apply}
              select={select}
              remove={actions.remove}
              readOnly={readOnly}
            />
          </div>
        </DndContext>
        <p role="status" className="fb-visually-hidden">
          {announcement}
        </p>
        <FormPreview spec={document.spec} languages={languages} />
      </div>
    </BuilderContext.Provider>
  );
}
