import { WEEKDAYS } from "@civitas/definitions/constants";
import type { Formatters } from "../i18n/formatters.ts";
import type { Texts } from "../i18n/pick-text.ts";

type Range = { opens: string; closes: string };

/** Opening hours as the definition format writes them (`Channel.spec.openingHours`). */
export interface OpeningHoursSpec {
  regular: { days: string[]; hours: Range[] }[];
  exceptions: { date: string; until?: string; closed: boolean; hours?: Range[]; reason?: Texts }[];
  note?: Texts;
}

export interface DescribedOpeningHours {
  /** Monday to Sunday, each with its hours or `undefined` when closed. */
  week: { day: string; name: string; hours: string | undefined }[];
  /** Exceptions that have not ended before `today`, in date order. */
  exceptions: { dates: string; hours: string | undefined; reason?: Texts }[];
}

const ranges = (hours: readonly Range[]) => hours.map((range) => `${range.opens}–${range.closes}`).join(", ");

/**
 * The week's hours day by day (a day no rule names is closed) and the exceptions still to come,
 * written for people: `Monday 08:00–17:00`, `24 December 2026 – 26 December 2026: closed`.
 */
export function describeOpeningHours(
  spec: OpeningHoursSpec,
  format: Formatters,
  today: string,
): DescribedOpeningHours {
  const week = WEEKDAYS.map((day) => {
    const hours = spec.regular.filter((rule) => rule.days.includes(day)).flatMap((rule) => rule.hours);
    hours.sort((a, b) => a.opens.localeCompare(b.opens));
    return { day, name: format.weekday(day), hours: hours.length > 0 ? ranges(hours) : undefined };
  });
  const exceptions = spec.exceptions
    .filter((exception) => (exception.until ?? exception.date) >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((exception) => ({
      dates:
        exception.until && exception.until !== exception.date
          ? `${format.date(exception.date)} – ${format.date(exception.until)}`
          : format.date(exception.date),
      hours: exception.closed || !exception.hours?.length ? undefined : ranges(exception.hours),
      ...(exception.reason ? { reason: exception.reason } : {}),
    }));
  return { week, exceptions };
}
