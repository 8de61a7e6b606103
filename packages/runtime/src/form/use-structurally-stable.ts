import { useMemo, useRef } from "react";

/**
 * The value, or the one given before when it has the same JSON: a form recompiled after an edit
 * that changed only texts keeps its schema object, so ajv's compiled validators (kept by schema
 * object) and RJSF's schema work are reused.
 */
export function useStructurallyStable<T>(value: T): T {
  const previous = useRef<{ value: T; json: string } | null>(null);
  return useMemo(() => {
    const json = JSON.stringify(value);
    if (previous.current?.json === json) return previous.current.value;
    previous.current = { value, json };
    return value;
  }, [value]);
}
