import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { listReviewsDue, type ReviewDue } from "../documents/registry-api.ts";
import { kindLabel } from "../documents/state-label.ts";
import { textOf } from "../documents/text-of.ts";

/** Documents whose review-by date has passed or comes within 30 days. */
export function ReviewsPage() {
  const { org = "" } = useParams();
  const [documents, setDocuments] = useState<ReviewDue[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `Review due – ${org} – Civitas builder`;
    let live = true;
    listReviewsDue(org)
      .then((found) => live && setDocuments(found))
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [org]);

  return (
    <>
      <h1>Review due</h1>
      <p>Documents to check again: overdue, or due within the next 30 days.</p>
      {error ? (
        <p role="alert" className="builder-error">
          The review dates could not be loaded: {error}
        </p>
      ) : null}
      {documents === null && !error ? <p>Loading…</p> : null}
      {documents?.length === 0 ? <p>Nothing is due for review in the next 30 days.</p> : null}
      {documents && documents.length > 0 ? (
        <table className="builder-table">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Kind</th>
              <th scope="col">Review by</th>
              <th scope="col">Responsible</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((item) => (
              <tr key={`${item.kind}/${item.id}`} className={item.overdue ? "builder-overdue" : undefined}>
                <td>
                  <Link to={`/${org}/documents/${item.kind}/${item.id}`}>{textOf(item.name) ?? item.id}</Link>
                </td>
                <td>{kindLabel(item.kind)}</td>
                <td>
                  {item.reviewBy}
                  {item.overdue ? <strong className="builder-badge danger"> Overdue</strong> : null}
                </td>
                <td>{item.responsible ?? "Nobody named"}</td>
                <td>{item.version === null ? "—" : `v${item.version}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
