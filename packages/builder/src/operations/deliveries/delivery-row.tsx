import { useState } from "react";
import { errorText } from "../shared/error-text.ts";
import { DateTime } from "../shared/format-date.tsx";
import { type Delivery, type DeliveryAttempt, getDelivery, replayDelivery } from "./deliveries-api.ts";
import { DeliveryAttempts } from "./delivery-attempts.tsx";

const COLUMNS = 8;

/** One delivery of one submission to one route, with its attempts on demand and a replay. */
export function DeliveryRow(props: {
  organisation: string;
  delivery: Delivery;
  onReplayed: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { delivery } = props;
  const [history, setHistory] = useState<DeliveryAttempt[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const panelId = `ops-delivery-${delivery.id}-attempts`;
  const replayLabel = delivery.state === "dead" ? "Replay" : "Retry now";

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    try {
      setHistory((await getDelivery(props.organisation, delivery.id)).history);
      setHistoryError(null);
    } catch (error) {
      setHistoryError(errorText(error));
    }
  };

  const replay = async () => {
    setBusy(true);
    try {
      const replayed = await replayDelivery(props.organisation, delivery.id);
      props.onReplayed(
        replayed.length > 0
          ? `Delivery of ${delivery.caseNumber} to ${delivery.routeId} is queued to be sent again now.`
          : `Delivery of ${delivery.caseNumber} to ${delivery.routeId} was not queued again.`,
      );
    } catch (error) {
      props.onError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <tr>
        <th scope="row">
          {delivery.caseNumber}
          <span className="ops-hint">{delivery.formId}</span>
        </th>
        <td>
          {delivery.routeId}
          <span className="ops-hint">{delivery.connector}</span>
        </td>
        <td>
          <span className={`ops-badge ops-badge-${delivery.state}`}>{delivery.state}</span>
          {delivery.state === "delivered" && delivery.reference ? (
            <span className="ops-hint">reference {delivery.reference}</span>
          ) : null}
        </td>
        <td>{delivery.attempts}</td>
        <td className="ops-wrap">{delivery.lastError ?? <span className="ops-muted">—</span>}</td>
        <td>
          <DateTime value={delivery.lastAttemptAt} fallback="Not yet" />
        </td>
        <td>
          {delivery.state === "pending" ? (
            <DateTime value={delivery.nextAttemptAt} />
          ) : delivery.state === "delivered" ? (
            <DateTime value={delivery.deliveredAt} fallback="Delivered" />
          ) : (
            <span className="ops-muted">Only on replay</span>
          )}
        </td>
        <td className="ops-actions">
          <button
            type="button"
            className="ops-button"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={`Attempts at ${delivery.caseNumber} to ${delivery.routeId}`}
            onClick={toggle}
          >
            Attempts
          </button>{" "}
          {delivery.state !== "delivered" ? (
            <button
              type="button"
              className="ops-button ops-button-primary"
              disabled={busy}
              aria-label={`${replayLabel} ${delivery.caseNumber} to ${delivery.routeId}`}
              onClick={replay}
            >
              {busy ? "Replaying…" : replayLabel}
            </button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr id={panelId} className="ops-expanded">
          <td colSpan={COLUMNS}>
            {historyError ? (
              <p role="alert" className="ops-notice ops-notice-error">
                The attempts could not be loaded: {historyError}
              </p>
            ) : history ? (
              <DeliveryAttempts
                caseNumber={delivery.caseNumber}
                routeId={delivery.routeId}
                history={history}
              />
            ) : (
              <p role="status">Loading the attempts…</p>
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}
