import { isMap, isScalar, isSeq, type Node, parseDocument, stringify } from "yaml";

export type SourceFormat = "yaml" | "json";
type Content = Record<string, unknown>;

export interface TextPosition {
  /** 1-based line and column, and the 0-based offset into the text. */
  line: number;
  column: number;
  offset: number;
}

export interface ParseError extends TextPosition {
  message: string;
}

export type ParseResult =
  | { content: Content; errors?: undefined }
  | { content?: undefined; errors: ParseError[] };

export function toText(content: Content, format: SourceFormat): string {
  return format === "json" ? `${JSON.stringify(content, null, 2)}\n` : stringify(content, { lineWidth: 0 });
}

export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const line = before.split("\n").length;
  const column = clamped - before.lastIndexOf("\n");
  return { line, column, offset: clamped };
}

export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column, 1) - 1, text.length);
}

const notADocument = (text: string): ParseError => ({
  ...positionAt(text, 0),
  message: "The text must be one document: a mapping with apiVersion, kind, metadata and spec.",
});

/** Parses the text as YAML or JSON; every syntax error comes with its line and column. */
export function parseText(text: string, format: SourceFormat): ParseResult {
  if (format === "json") {
    try {
      const value: unknown = JSON.parse(text);
      return isContent(value) ? { content: value } : { errors: [notADocument(text)] };
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const where = /line (\d+) column (\d+)/.exec(message);
      // Not every engine says where; the YAML parser (JSON is YAML) then finds the spot.
      const yamlError = parseDocument(text).errors[0];
      const position = where
        ? positionAt(text, offsetAt(text, Number(where[1]), Number(where[2])))
        : positionAt(text, at ? Number(at[1]) : (yamlError?.pos[0] ?? text.length));
      return {
        errors: [
          {
            ...position,
            message: `Not valid JSON: ${message.replace(/\s*\(line.*\)$/, "").replace(/\s+/g, " ")}`,
          },
        ],
      };
    }
  }
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      errors: document.errors.map((error) => ({
        ...positionAt(text, error.pos[0]),
        message: `Not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const value: unknown = document.toJS();
  return isContent(value) ? { content: value } : { errors: [notADocument(text)] };
}

const isContent = (value: unknown): value is Content =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const decode = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/**
 * Where a JSON pointer is in a YAML or JSON text: the key of the deepest field that exists (a missing
 * field points at its parent), or the start of the text.
 */
export function locatePointer(text: string, pointer: string): TextPosition {
  return locatePointers(text, [pointer])[0] ?? positionAt(text, 0);
}

/** Where each of many JSON pointers is in a text (see `locatePointer`), parsing the text once. */
export function locatePointers(text: string, pointers: readonly string[]): TextPosition[] {
  if (pointers.length === 0) return [];
  const contents = parseDocument(text).contents;
  const position = positionsIn(text);
  return pointers.map((pointer) => {
    let node: unknown = contents;
    let at = 0;
    const segments = pointer ? pointer.split("/").slice(1).map(decode) : [];
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        const key = pair.key as Node;
        at = key.range?.[0] ?? at;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        at = item.range?.[0] ?? at;
        node = item;
      } else break;
    }
    return position(at);
  });
}

/** `positionAt` for many offsets in one text: the line starts are found once, then searched. */
function positionsIn(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1))
    starts.push(index + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped };
  };
}
