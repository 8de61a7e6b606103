/**
 * Text as it can be printed on a receipt: answers are printed literally, whatever they hold, and
 * never break the layout or the rendering.
 */

const REPLACEMENT = "\uFFFD";
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/;
// Control and format characters (bidi overrides, zero-width characters, BOM, soft hyphen) and
// variation selectors: none of them prints, some would disguise the text around them.
const INVISIBLE = /\p{Cc}|\p{Cf}|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Prepares a text for a font: composed characters (NFC), line breaks as `\n` (when `multiline`,
 * else spaces), tabs as spaces, invisible characters dropped and every character the font lacks
 * replaced by U+FFFD (or `?` when the font lacks that too).
 */
export function printableText(text: string, has: (codePoint: number) => boolean, multiline = false): string {
  const replacement = has(REPLACEMENT.codePointAt(0) as number) ? REPLACEMENT : "?";
  const cleaned = text
    .replace(LONE_SURROGATE, REPLACEMENT)
    .normalize("NFC")
    .replaceAll("\t", "    ")
    .split(LINE_BREAKS)
    .map((line) => line.replace(INVISIBLE, ""))
    .join(multiline ? "\n" : " ");
  let result = "";
  for (const char of cleaned)
    result += char === "\n" || has(char.codePointAt(0) as number) ? char : replacement;
  return result;
}

/**
 * Breaks a text into lines no wider than `maxWidth` (as measured by `width`): at spaces, inside a
 * word only when the word alone is too wide. Keeps the text's own line breaks, at most one empty
 * line in a row, and never returns an empty list.
 */
export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(" ").filter((word) => word !== "");
    if (words.length === 0) {
      if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
      continue;
    }
    let line = "";
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      for (const char of word) {
        if (line && width(line + char) > maxWidth) {
          lines.push(line);
          line = "";
        }
        line += char;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines.length > 0 ? lines : [""];
}
