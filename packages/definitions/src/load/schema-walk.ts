import type { z } from "zod";

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  values?: unknown[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Unwraps optional, default, lazy and pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    const next = def.innerType ?? def.getter?.() ?? (def.type === "pipe" ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The schemas a value at `path` may be checked against (several where a union is on the way). */
export function schemasAt(root: z.ZodType, path: readonly (string | number)[]): z.ZodType[] {
  let current = [unwrap(root)];
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const schema of current.flatMap(expandUnion)) {
      const def = defOf(schema);
      const child =
        def.type === "object"
          ? def.shape?.[String(segment)]
          : def.type === "array"
            ? def.element
            : def.type === "record"
              ? def.valueType
              : undefined;
      if (child) next.push(unwrap(child));
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  return def.type === "union" && def.options ? def.options.map(unwrap).flatMap(expandUnion) : [schema];
}

/** The field names an object at `path` may have. */
export function knownKeysAt(root: z.ZodType, path: readonly (string | number)[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    for (const key of Object.keys(defOf(schema).shape ?? {})) keys.add(key);
  }
  return [...keys].filter((key) => key !== "$schema");
}

/** The allowed values of a discriminator field (e.g. `connector`) of a union at `path`. */
export function discriminatorValuesAt(
  root: z.ZodType,
  path: readonly (string | number)[],
  key: string,
): string[] {
  const values: string[] = [];
  for (const schema of schemasAt(root, [...path, key])) {
    for (const value of defOf(schema).values ?? []) values.push(String(value));
  }
  return values;
}

/**
 * Walks a value that has passed `schema`, calling `visit` for each (schema, value) pair on the way,
 * depth first. Used to find every multilingual text of a document.
 */
export function walkWithSchema(
  schema: z.ZodType,
  value: unknown,
  visit: (schema: z.ZodType, value: unknown, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  const unwrapped = unwrap(schema);
  visit(unwrapped, value, path);
  if (typeof value !== "object" || value === null) return;
  for (const candidate of expandUnion(unwrapped)) {
    const def = defOf(candidate);
    if (def.type === "object" && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const childValue = (value as Record<string, unknown>)[key];
        if (childValue !== undefined) walkWithSchema(child, childValue, visit, [...path, key]);
      }
      return;
    }
    if (def.type === "array" && Array.isArray(value) && def.element) {
      const element = def.element;
      value.forEach((item, i) => walkWithSchema(element, item, visit, [...path, i]));
      return;
    }
    if (def.type === "record" && !Array.isArray(value) && def.valueType) {
      const valueType = def.valueType;
      for (const [key, child] of Object.entries(value))
        walkWithSchema(valueType, child, visit, [...path, key]);
      return;
    }
  }
}
