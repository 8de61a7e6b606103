import { useCallback, useEffect, useState } from "react";
import { type AuditEntry, listAudit } from "./registry-api.ts";
import { formatDateTime } from "./text-of.ts";

const ACTIONS: Record<string, string> = {
  "save-working-copy": "Saved the working copy",
  submit: "Sent for review",
  approve: "Approved",
  "request-changes": "Requested changes",
  publish: "Published",
  schedule: "Scheduled the publication",
  archive: "Archived",
  restore: "Restored",
};

const PAGE = 50;

function detailOf(entry: AuditEntry): string {
  const parts = Object.entries(entry.detail)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== "object")
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.join(", ");
}

/** Who did what to this document and when, newest first. */
export function HistoryTab({ organisation, kind, id }: { organisation: string; kind: string; id: string }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (before?: number) =>
      listAudit(organisation, { kind, id, limit: PAGE, ...(before ? { before } : {}) })
        .then((found) => {
          setEntries((current) => (before ? [...(current ?? []), ...found] : found));
          setMore(found.length === PAGE);
        })
        .catch((failure: Error) => setError(failure.message)),
    [organisation, kind, id],
  );

  useEffect(() => {
    load();
  }, [load]);

  if (error)
    return (
      <p role="alert" className="builder-error">
        The history could not be loaded: {error}
      </p>
    );
  if (!entries) return <p>Loading history…</p>;
  if (entries.length === 0) return <p>Nothing has been recorded for this document yet.</p>;
  return (
    <div>
      <h2>History</h2>
      <table className="builder-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{entry.actor}</td>
              <td>{ACTIONS[entry.action] ?? entry.action}</td>
              <td>{detailOf(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? (
        <button type="button" className="builder-button" onClick={() => load(entries.at(-1)?.id)}>
          Show older entries
        </button>
      ) : null}
    </div>
  );
}
