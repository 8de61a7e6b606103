import { DateTime } from "../shared/format-date.tsx";
import type { DeliveryAttempt } from "./deliveries-api.ts";

/** Every attempt made at one delivery, oldest first as the server gives them. */
export function DeliveryAttempts({
  caseNumber,
  routeId,
  history,
}: {
  caseNumber: string;
  routeId: string;
  history: DeliveryAttempt[];
}) {
  if (history.length === 0) return <p>No attempt has been made yet.</p>;
  return (
    <table className="ops-table ops-table-nested">
      <caption>
        Attempts at delivering {caseNumber} to {routeId}
      </caption>
      <thead>
        <tr>
          <th scope="col">Attempt</th>
          <th scope="col">When</th>
          <th scope="col">Outcome</th>
          <th scope="col">Took</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {history.map((attempt) => (
          <tr key={`${attempt.attempt}-${attempt.at}`}>
            <th scope="row">{attempt.attempt}</th>
            <td>
              <DateTime value={attempt.at} />
            </td>
            <td>{attempt.outcome}</td>
            <td>{attempt.durationMs} ms</td>
            <td className="ops-wrap">{attempt.detail ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
