import { useCallback, useEffect, useState } from "react";
import { errorText } from "./error-text.ts";

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
  setData: (update: (current: T) => T) => void;
}

/** Loads data when `enabled` and whenever `key` changes; a later answer replaces an earlier one. */
export function useLoad<T>(load: () => Promise<T>, key: string, enabled = true): Loaded<T> {
  const [data, setState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new closure each render; `key` names what it loads.
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setState(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(errorText(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, round, enabled]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const setData = useCallback(
    (update: (current: T) => T) => setState((current) => (current === undefined ? current : update(current))),
    [],
  );
  return { data, error, loading, reload, setData };
}
