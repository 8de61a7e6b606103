import type { z } from "zod";
import { didYouMean } from "./suggest.ts";

type Issue = z.core.$ZodRawIssue;

const TYPE_WORDS: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
  record: "a mapping of fields",
};

function describeValue(input: unknown): string {
  if (input === null) return "empty (null)";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "string") return input.length > 40 ? "a text" : `the text "${input}"`;
  if (typeof input === "object") return "a mapping of fields";
  return `${typeof input === "number" ? "the number" : "the value"} ${String(input)}`;
}

/** A sentence for one zod issue, written for a service owner (the field name is added by the caller). */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required but missing";
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but it is ${describeValue(issue.input)}`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "must not be empty"
          : `must be at least ${issue.minimum} characters long`;
      if (issue.origin === "array" || issue.origin === "set")
        return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`;
      return `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters long`;
      if (issue.origin === "array" || issue.origin === "set")
        return `may have at most ${issue.maximum} items`;
      return `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      if (issue.input === undefined)
        return `is required but missing: one of ${allowed.map((value) => `\`${value}\``).join(", ")}`;
      if (allowed.length === 1) return `must be \`${allowed[0]}\`, but it is ${describeValue(issue.input)}`;
      const hint = typeof issue.input === "string" ? didYouMean(issue.input, allowed) : "";
      return `must be one of ${allowed.map((value) => `\`${value}\``).join(", ")}, but it is ${describeValue(issue.input)}${hint}`;
    }
    case "invalid_format":
      return `is not in the expected format (${issue.format})`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "invalid_union":
      return issue.input === undefined
        ? "is required but missing"
        : "does not match any of the allowed forms";
    case "invalid_key":
      return "has a key that is not allowed";
    case "invalid_element":
      return "has an entry that is not allowed";
    case "unrecognized_keys":
      return `has unknown fields: ${issue.keys.join(", ")}`;
    default:
      return issue.message ?? "is not valid";
  }
}
