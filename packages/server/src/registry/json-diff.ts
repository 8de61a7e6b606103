/** One difference between two JSON values, at a JSON pointer (RFC 6901). */
export interface JsonChange {
  pointer: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

type Json = unknown;
type Keyed = { id: string | number } & Record<string, unknown>;

const escapeSegment = (segment: string | number) =>
  String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
const isObject = (value: Json): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isKeyed = (value: Json): value is Keyed =>
  isObject(value) && (typeof value.id === "string" || typeof value.id === "number");

/**
 * A readable structured diff of two JSON values; key order never counts. Arrays are compared by
 * index, except arrays whose items are all objects with a unique `id`: those are matched by id (an
 * added or changed item is pointed at by its index in `after`, a removed one by its index in
 * `before`), and a new order of the same ids is one change of the array holding the ids.
 * `undefined` stands for "no value", so diffing from `undefined` reports the whole value as added.
 *
 * @example
 * diffJson({ a: 1, b: [1] }, { a: 2, b: [1, 2] });
 * // [{ pointer: "/a", change: "changed", before: 1, after: 2 }, { pointer: "/b/1", change: "added", after: 2 }]
 */
export function diffJson(before: Json, after: Json, pointer = ""): JsonChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ pointer, change: "added", after }];
  if (after === undefined) return [{ pointer, change: "removed", before }];
  if (isObject(before) && isObject(after)) return diffObjects(before, after, pointer);
  if (Array.isArray(before) && Array.isArray(after)) {
    return byId(before) && byId(after)
      ? diffById(before, after, pointer)
      : diffByIndex(before, after, pointer);
  }
  if (before === after) return [];
  return [{ pointer, change: "changed", before, after }];
}

function diffObjects(before: Record<string, unknown>, after: Record<string, unknown>, pointer: string) {
  const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
  return keys.flatMap((key) =>
    diffJson(
      Object.hasOwn(before, key) ? before[key] : undefined,
      Object.hasOwn(after, key) ? after[key] : undefined,
      `${pointer}/${escapeSegment(key)}`,
    ),
  );
}

function diffByIndex(before: Json[], after: Json[], pointer: string): JsonChange[] {
  const changes: JsonChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    changes.push(...diffJson(before[i], after[i], `${pointer}/${i}`));
  }
  return changes;
}

/** True for a non-empty array of objects whose ids are all different. */
function byId(items: Json[]): items is Keyed[] {
  if (items.length === 0 || !items.every(isKeyed)) return false;
  return new Set(items.map((item) => item.id)).size === items.length;
}

function diffById(before: Keyed[], after: Keyed[], pointer: string): JsonChange[] {
  const changes: JsonChange[] = [];
  const afterIds = after.map((item) => item.id);
  const beforeIds = before.map((item) => item.id);
  const common = (ids: Array<string | number>, others: Array<string | number>) =>
    ids.filter((id) => others.includes(id));
  const oldOrder = common(beforeIds, afterIds);
  const newOrder = common(afterIds, beforeIds);
  if (oldOrder.some((id, i) => newOrder[i] !== id)) {
    changes.push({ pointer, change: "changed", before: oldOrder, after: newOrder });
  }
  before.forEach((item, i) => {
    if (!afterIds.includes(item.id))
      changes.push({ pointer: `${pointer}/${i}`, change: "removed", before: item });
  });
  after.forEach((item, i) => {
    const old = before.find((candidate) => candidate.id === item.id);
    changes.push(...diffJson(old, item, `${pointer}/${i}`));
  });
  return changes;
}
