/** Dates, times and money written the way people of a language read them. */
export interface Formatters {
  /** A calendar date (`2026-12-24`), whatever the browser's time zone. */
  date(isoDate: string): string;
  /** A moment (an ISO timestamp), in the browser's time zone. */
  dateTime(iso: string): string;
  money(amount: number, currency: string): string;
  /** Monday … Sunday for the definition format's `mon` … `sun`. */
  weekday(day: string): string;
}

const WEEKDAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };
// 5 January 2026 was a Monday.
const MONDAY = Date.UTC(2026, 0, 5);

const cache = new Map<string, Formatters>();

/** The tag to format in: English for a European audience (1 September 2026, 24-hour clock). */
export const intlTag = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** The formatters of a language (made once per language). */
export function formattersFor(locale: string): Formatters {
  const known = cache.get(locale);
  if (known) return known;
  const tag = intlTag(locale);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short" });
  const weekday = new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" });
  const formatters: Formatters = {
    date: (isoDate) => date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    money: (amount, currency) =>
      new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      }).format(amount),
    weekday: (day) => weekday.format(new Date(MONDAY + (WEEKDAY_INDEX[day] ?? 0) * 86_400_000)),
  };
  cache.set(locale, formatters);
  return formatters;
}
