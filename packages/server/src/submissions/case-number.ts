/** What a case number is made of: the form, the moment of submission and the counter's value. */
export interface CaseNumberParts {
  formId: string;
  at: Date;
  seq: number;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * Renders a form's case-number pattern, e.g. `PS-{year}-{seq:5}` → `PS-2026-00042`. `{seq:N}` is
 * zero-padded to N digits (and grows past them rather than wrap); dates are taken in UTC.
 */
export function formatCaseNumber(pattern: string, { formId, at, seq }: CaseNumberParts): string {
  return pattern.replace(
    /\{(year|month|day|form|seq)(?::(\d+))?\}/g,
    (_token, name: string, width?: string) => {
      switch (name) {
        case "year":
          return String(at.getUTCFullYear());
        case "month":
          return pad(at.getUTCMonth() + 1, 2);
        case "day":
          return pad(at.getUTCDate(), 2);
        case "form":
          return formId;
        default:
          return pad(seq, Number(width ?? 0));
      }
    },
  );
}

/**
 * The counter a case number draws from, per organisation: the pattern with its year and form filled
 * in. For the usual patterns (`PS-{year}-{seq:5}`, `{form}-{year}-{seq}`) that is one counter per form
 * and year; two forms of one organisation with the same pattern share a counter, so their numbers
 * never collide; a pattern without `{year}` counts on across years instead of repeating its numbers.
 */
export function caseCounterScope(pattern: string, formId: string, at: Date): string {
  return pattern
    .replaceAll("{year}", String(at.getUTCFullYear()))
    .replaceAll("{form}", formId)
    .replace(/\{seq(?::\d+)?\}/g, "{seq}");
}
