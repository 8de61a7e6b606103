import { languageName } from "../catalog-editor/language-name.ts";
import { humanize } from "../catalog-editor/spec-schema.ts";
import type { DiffChange } from "./registry-api.ts";

const LANGUAGE = /^[a-z]{2}$/;
const decode = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/** A pointer in words: `/spec/channelOfferings/0/steps/1/lv` → "Channel offerings 1 › Steps 2 › in Latvian (lv)". */
export function describePointer(pointer: string): string {
  const segments = pointer.split("/").slice(1).map(decode);
  if (segments[0] === "spec") segments.shift();
  const words: string[] = [];
  segments.forEach((segment, index) => {
    if (/^\d+$/.test(segment) && words.length > 0) words[words.length - 1] += ` ${Number(segment) + 1}`;
    else if (LANGUAGE.test(segment) && index === segments.length - 1)
      words.push(`in ${languageName(segment)}`);
    else words.push(humanize(segment));
  });
  return words.join(" › ") || "The whole document";
}

const isTexts = (value: object) =>
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => LANGUAGE.test(key) && typeof text === "string");

/** A value in words: texts quoted, localized texts per language, larger values summarised. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "nothing";
  if (typeof value === "string") return `“${value}”`;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? "an empty list" : value.length === 1 ? "1 item" : `${value.length} items`;
  if (isTexts(value))
    return Object.entries(value)
      .map(([language, text]) => `${language}: “${text}”`)
      .join("; ");
  const keys = Object.keys(value);
  return keys.length === 0
    ? "nothing"
    : `${keys.length === 1 ? "1 field" : `${keys.length} fields`} (${keys.map(humanize).join(", ")})`;
}

export interface DescribedChange {
  where: string;
  change: DiffChange["change"];
  sentence: string;
}

export function describeChange(change: DiffChange): DescribedChange {
  const where = describePointer(change.pointer);
  const sentence =
    change.change === "added"
      ? `Added ${describeValue(change.after)}`
      : change.change === "removed"
        ? `Removed ${describeValue(change.before)}`
        : `Changed from ${describeValue(change.before)} to ${describeValue(change.after)}`;
  return { where, change: change.change, sentence };
}
