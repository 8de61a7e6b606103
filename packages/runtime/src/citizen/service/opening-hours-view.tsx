import { useId } from "react";
import { useLocale } from "../app/locale-context.tsx";
import { formattersFor } from "../i18n/formatters.ts";
import { Text } from "../i18n/text.tsx";
import { describeOpeningHours, type OpeningHoursSpec } from "./describe-opening-hours.ts";

/** Today as `YYYY-MM-DD` in the browser's time zone. */
const localToday = () => new Date().toLocaleDateString("sv-SE");

/** An office's opening hours: a table of the week, then the changes still to come (holidays …). */
export function OpeningHoursView({ hours, today }: { hours: OpeningHoursSpec; today?: string }) {
  const { locale, messages } = useLocale();
  const id = useId();
  const described = describeOpeningHours(hours, formattersFor(locale), today ?? localToday());
  return (
    <div className="citizen-opening-hours">
      <h4 id={id}>{messages.channel.openingHours}</h4>
      <table aria-labelledby={id} className="citizen-hours-table">
        <tbody>
          {described.week.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.name}</th>
              <td>{day.hours ?? messages.channel.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hours.note ? (
        <p>
          <Text value={hours.note} />
        </p>
      ) : null}
      {described.exceptions.length > 0 ? (
        <>
          <h5>{messages.channel.exceptions}</h5>
          <ul className="citizen-hours-exceptions">
            {described.exceptions.map((exception) => (
              <li key={exception.dates}>
                <strong>{exception.dates}:</strong> {exception.hours ?? messages.channel.closed.toLowerCase()}
                {exception.reason ? (
                  <>
                    {" "}
                    (<Text value={exception.reason} />)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
