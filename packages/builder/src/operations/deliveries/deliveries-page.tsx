import "../operations.css";
import { useId, useState } from "react";
import { AdminOnly } from "../shared/admin-only.tsx";
import { ConfirmAction } from "../shared/confirm-action.tsx";
import { errorText } from "../shared/error-text.ts";
import { Notice, type NoticeValue } from "../shared/notice.tsx";
import type { OperationsPageProps } from "../shared/page-props.ts";
import { useLoad } from "../shared/use-load.ts";
import {
  DELIVERY_STATE_LABELS,
  DELIVERY_STATES,
  type DeliveryState,
  listDeliveries,
  replayDeadDeliveries,
} from "./deliveries-api.ts";
import { DeliveryRow } from "./delivery-row.tsx";

/** Deliveries of the organisation's submissions to their routes: state, errors, replay. */
export function DeliveriesPage({ organisation, roles }: OperationsPageProps) {
  return (
    <AdminOnly title="Deliveries" organisation={organisation} roles={roles}>
      <DeliveryMonitor organisation={organisation} />
    </AdminOnly>
  );
}

function DeliveryMonitor({ organisation }: { organisation: string }) {
  const id = useId();
  const [state, setState] = useState<DeliveryState | "">("");
  const deliveries = useLoad(() => listDeliveries(organisation, state), `${organisation} ${state}`);
  const [notice, setNotice] = useState<NoticeValue>(null);

  const replayed = (text: string) => {
    setNotice({ tone: "success", text });
    deliveries.reload();
  };
  const failed = (text: string) => setNotice({ tone: "error", text });

  const replayAll = async () => {
    try {
      const ids = await replayDeadDeliveries(organisation);
      replayed(
        ids.length === 0
          ? "There were no dead-lettered deliveries to replay."
          : `${ids.length} dead-lettered ${ids.length === 1 ? "delivery is" : "deliveries are"} queued to be sent again now.`,
      );
    } catch (error) {
      failed(errorText(error));
    }
  };

  const list = deliveries.data;
  return (
    <section className="ops-page" aria-labelledby="ops-page-title">
      <h1 id="ops-page-title">Deliveries</h1>
      <p className="ops-intro">
        Each submission is delivered to every route of its form whose condition holds. A failed attempt is
        retried with a growing pause; after the route's last attempt the delivery is dead-lettered and waits
        here for a replay.
      </p>
      <div className="ops-toolbar">
        <div className="ops-field ops-field-inline">
          <label htmlFor={`${id}-state`}>Show</label>
          <select
            id={`${id}-state`}
            value={state}
            onChange={(event) => setState(event.currentTarget.value as DeliveryState | "")}
          >
            <option value="">all states</option>
            {DELIVERY_STATES.map((s) => (
              <option key={s} value={s}>
                {DELIVERY_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="ops-button" onClick={deliveries.reload}>
          Refresh
        </button>
        <ConfirmAction
          label="Replay all dead-lettered"
          accessibleLabel="Replay all dead-lettered deliveries"
          question="Send every dead-lettered delivery of this organisation again now, with its attempts counted afresh?"
          confirmLabel="Yes, replay all"
          onConfirm={replayAll}
        />
      </div>
      <Notice notice={notice} />
      <p role="status" className="ops-live">
        {deliveries.loading
          ? "Loading the deliveries…"
          : list
            ? `Showing ${list.length} ${list.length === 1 ? "delivery" : "deliveries"}${state ? ` in the state “${state}”` : ""}, newest first.`
            : ""}
      </p>
      {deliveries.error ? (
        <p role="alert" className="ops-notice ops-notice-error">
          The deliveries could not be loaded: {deliveries.error}
        </p>
      ) : null}
      {list ? (
        <div className="ops-table-wrap">
          <table className="ops-table" aria-busy={deliveries.loading}>
            <caption>
              Deliveries of {organisation}
              {state ? ` (${state})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Case (form)</th>
                <th scope="col">Route (connector)</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Next attempt</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.length === 0 ? (
                <tr>
                  <td colSpan={8}>No deliveries{state ? ` in the state “${state}”` : ""}.</td>
                </tr>
              ) : null}
              {list.map((delivery) => (
                <DeliveryRow
                  key={delivery.id}
                  organisation={organisation}
                  delivery={delivery}
                  onReplayed={replayed}
                  onError={failed}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
