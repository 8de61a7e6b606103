/** Locale-aware formatting of the dates, times and sizes printed on receipts. */

/** The Intl locale for a language: British English (day before month, 24-hour clock) for `en`. */
export function intlLocale(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  if (language === "en") return "en-GB";
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : "en-GB";
  } catch {
    return "en-GB"; // not a well-formed language tag
  }
}

/** `21. listopadu 2026 v 15:04:05 SEČ`: a moment in the given time zone. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeStyle: "long",
    timeZone,
  }).format(date);
}

/** `5. března 2022` for a calendar date `2022-03-05`; anything else is returned as it is. */
export function formatCalendarDate(value: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** `1 234,5` */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 6 }).format(value);
}

/** `512 B`, `120,5 kB`, `1,3 MB` (powers of 1000). */
export function formatFileSize(bytes: number, locale: string): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes) || 0)} B`;
  const [unit, divisor] =
    bytes < 1e6 ? ["kilobyte", 1e3] : bytes < 1e9 ? ["megabyte", 1e6] : ["gigabyte", 1e9];
  return new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit, maximumFractionDigits: 1 }).format(
    bytes / (divisor as number),
  );
}
