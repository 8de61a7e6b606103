import { KINDS } from "@civitas/definitions/constants";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { DOCUMENT_STATES, documentState } from "../documents/registry-api.ts";
import { KIND_LABELS, kindLabel, STATE_LABELS } from "../documents/state-label.ts";
import { formatDateTime } from "../documents/text-of.ts";
import { type ListedDocument, useDocumentList } from "../documents/use-document-list.ts";
import { NewDocumentMenu } from "./new-document-menu.tsx";

function matches(document: ListedDocument, search: string) {
  if (!search) return true;
  const needle = search.toLocaleLowerCase();
  return document.id.includes(needle) || (document.name ?? "").toLocaleLowerCase().includes(needle);
}

/** All of the organisation's documents, grouped by kind, filtered by kind, state and a search. */
export function DocumentsPage() {
  const { org = "" } = useParams();
  const { documents, error } = useDocumentList(org);
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind") ?? "";
  const state = params.get("state") ?? "";
  const [search, setSearch] = useState(params.get("q") ?? "");
  const deferredSearch = useDeferredValue(search.trim());

  useEffect(() => {
    document.title = `Documents – ${org} – Civitas builder`;
  }, [org]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const groups = useMemo(() => {
    const shown = (documents ?? []).filter(
      (item) =>
        (!kind || item.kind === kind) &&
        (!state || documentState(item) === state) &&
        matches(item, deferredSearch),
    );
    return KINDS.map((each) => ({ kind: each, items: shown.filter((item) => item.kind === each) })).filter(
      (group) => group.items.length > 0,
    );
  }, [documents, kind, state, deferredSearch]);

  return (
    <>
      <div className="builder-page-head">
        <h1>Documents</h1>
        <NewDocumentMenu organisation={org} />
      </div>
      <search className="builder-filters" aria-label="Filter documents">
        <label>
          <span>Search by name or id</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label>
          <span>Kind</span>
          <select value={kind} onChange={(event) => setFilter("kind", event.target.value)}>
            <option value="">All kinds</option>
            {KINDS.map((each) => (
              <option key={each} value={each}>
                {KIND_LABELS[each]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>State</span>
          <select value={state} onChange={(event) => setFilter("state", event.target.value)}>
            <option value="">All states</option>
            {DOCUMENT_STATES.map((each) => (
              <option key={each} value={each}>
                {STATE_LABELS[each]}
              </option>
            ))}
          </select>
        </label>
      </search>
      {error ? (
        <p role="alert" className="builder-error">
          The documents could not be loaded: {error}
        </p>
      ) : null}
      {documents === null && !error ? <p>Loading documents…</p> : null}
      {documents && groups.length === 0 ? <p>No documents match.</p> : null}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="builder-doc-group">
          <h2 id={`kind-${group.kind}`}>
            {kindLabel(group.kind)} <span className="builder-count">({group.items.length})</span>
          </h2>
          <table className="builder-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">State</th>
                <th scope="col">Latest version</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item) => {
                const itemState = documentState(item);
                return (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/${org}/documents/${item.kind}/${item.id}`}>{item.name ?? item.id}</Link>
                    </td>
                    <td>
                      <code>{item.id}</code>
                    </td>
                    <td>
                      <span className={`builder-state state-${itemState}`}>{STATE_LABELS[itemState]}</span>
                    </td>
                    <td>{item.latestVersion === null ? "Never published" : `v${item.latestVersion}`}</td>
                    <td>
                      {item.changedBy
                        ? `${item.changedBy}, ${formatDateTime(item.changedAt)}`
                        : formatDateTime(item.publishedAt)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
