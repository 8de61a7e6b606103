import { useCallback, useMemo, useReducer } from "react";

export interface HistoryState<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field the last edit changed, and when: the next edit of the same field joins it. */
  lastKey: string | null;
  lastAt: number;
}

export type HistoryAction<T> =
  | { type: "set"; value: T; key?: string | undefined; at: number }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset"; value: T };

/** Edits of one field closer together than this are one step of undo. */
export const COALESCE_MS = 1000;
const LIMIT = 200;

export const initialHistory = <T>(value: T): HistoryState<T> => ({
  past: [],
  present: value,
  future: [],
  lastKey: null,
  lastAt: 0,
});

export function historyReducer<T>(state: HistoryState<T>, action: HistoryAction<T>): HistoryState<T> {
  switch (action.type) {
    case "set": {
      if (Object.is(action.value, state.present)) return state;
      const joins =
        action.key !== undefined && action.key === state.lastKey && action.at - state.lastAt < COALESCE_MS;
      return {
        past: joins ? state.past : [...state.past, state.present].slice(-LIMIT),
        present: action.value,
        future: [],
        lastKey: action.key ?? null,
        lastAt: action.at,
      };
    }
    case "undo": {
      const previous = state.past.at(-1);
      if (state.past.length === 0) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous as T,
        future: [state.present, ...state.future],
        lastKey: null,
        lastAt: 0,
      };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (state.future.length === 0) return state;
      return {
        past: [...state.past, state.present],
        present: next as T,
        future: rest,
        lastKey: null,
        lastAt: 0,
      };
    }
    case "reset":
      return initialHistory(action.value);
  }
}

export interface History<T> {
  value: T;
  /** Records an edit; edits with the same `key` in quick succession are undone together. */
  set(value: T, key?: string): void;
  undo(): void;
  redo(): void;
  /** Starts over from a value (e.g. a document loaded again); nothing to undo. */
  reset(value: T): void;
  canUndo: boolean;
  canRedo: boolean;
}

/** Undo and redo over a value that is replaced on every edit. */
export function useHistory<T>(initial: T, now: () => number = Date.now): History<T> {
  const [state, dispatch] = useReducer(historyReducer<T>, initial, initialHistory);
  const set = useCallback(
    (value: T, key?: string) => dispatch({ type: "set", value, key, at: now() }),
    [now],
  );
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);
  const reset = useCallback((value: T) => dispatch({ type: "reset", value }), []);
  return useMemo(
    () => ({
      value: state.present,
      set,
      undo,
      redo,
      reset,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
    }),
    [state, set, undo, redo, reset],
  );
}
