import type { FormDocument } from "@civitas/definitions";
import { createContext, useContext, useSyncExternalStore } from "react";
import type { BuilderProblem } from "../model/problems-by-field.ts";

export type Selection = { kind: "field"; path: string } | { kind: "page"; index: number } | { kind: "form" };

/**
 * What canvas rows read without taking it as props: the selection and each field's problems. Rows
 * subscribe to the one value they show, so selecting a field re-renders two rows, not three hundred.
 */
export class BuilderStore {
  selection: Selection = { kind: "form" };
  problems: ReadonlyMap<string, readonly BuilderProblem[]> = new Map();
  /** The Move up/Move down button to focus once the moved row has rendered. */
  focusRequest: { path: string; button: "up" | "down" } | null = null;
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<Pick<BuilderStore, "selection" | "problems">>) {
    Object.assign(this, patch);
    for (const listener of this.listeners) listener();
  }
}

/** The edits rows and panels ask for; one stable object for the builder's life. */
export interface BuilderActions {
  /** Applies an edit to the latest document and hands the result to `onChange`; returns it. */
  apply(edit: (document: FormDocument) => FormDocument): FormDocument;
  select(selection: Selection): void;
  moveBy(path: string, delta: -1 | 1): void;
  remove(path: string): void;
}

export const BuilderContext = createContext<{
  store: BuilderStore;
  actions: BuilderActions;
  /** The form is shown to someone who may not change it. */
  readOnly: boolean;
} | null>(null);

export function useBuilder() {
  const value = useContext(BuilderContext);
  if (!value) throw new Error("useBuilder outside FormBuilder");
  return value;
}

export function useIsSelected(path: string): boolean {
  const { store } = useBuilder();
  return useSyncExternalStore(
    store.subscribe,
    () => store.selection.kind === "field" && store.selection.path === path,
  );
}

const NONE: readonly BuilderProblem[] = [];
export function useFieldProblems(path: string): readonly BuilderProblem[] {
  const { store } = useBuilder();
  return useSyncExternalStore(store.subscribe, () => store.problems.get(path) ?? NONE);
}
