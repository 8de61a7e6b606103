/** One step of a field path: into an object property, or into the items of a list. */
export type FieldStep = { property: string } | { items: true };

/**
 * Splits a field path such as `children[].name` into steps:
 * `[{ property: "children" }, { items: true }, { property: "name" }]`.
 */
export function parseFieldPath(path: string): FieldStep[] {
  const steps: FieldStep[] = [];
  for (const part of path.split(".")) {
    if (part.endsWith("[]")) {
      steps.push({ property: part.slice(0, -2) }, { items: true });
    } else {
      steps.push({ property: part });
    }
  }
  return steps;
}

/** The path of the list (`children[]`) a field lives in, or "" when it is in no list. */
export function listScopeOf(path: string): string {
  const index = path.lastIndexOf("[]");
  return index < 0 ? "" : path.slice(0, index + 2);
}

/** The path of the object that holds a field: `applicant.email` → `applicant`, `a[].b` → `a[]`. */
export function parentPathOf(path: string): string {
  const index = path.lastIndexOf(".");
  return index < 0 ? "" : path.slice(0, index);
}

export function lastPropertyOf(path: string): string {
  const last = path.slice(path.lastIndexOf(".") + 1);
  return last.endsWith("[]") ? last.slice(0, -2) : last;
}

/** Joins a parent object path and a property name. */
export function childPath(parent: string, property: string): string {
  return parent ? `${parent}.${property}` : property;
}

/**
 * Reads the value at a field path. Each `[]` takes the next of `indexes` (the item being looked at
 * in that repeatable group); without one the value is undefined.
 */
export function readFieldValue(data: unknown, path: string, indexes: readonly number[] = []): unknown {
  let current = data;
  let depth = 0;
  for (const step of parseFieldPath(path)) {
    if ("items" in step) {
      const index = indexes[depth++];
      current = Array.isArray(current) && index !== undefined ? current[index] : undefined;
      continue;
    }
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, step.property)
      ? (current as Record<string, unknown>)[step.property]
      : undefined;
  }
  return current;
}
