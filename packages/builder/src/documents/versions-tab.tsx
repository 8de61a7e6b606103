import { useEffect, useId, useState } from "react";
import { describeChange } from "./describe-diff.ts";
import { type DocumentDiff, getDiff, listVersions, type VersionSummary } from "./registry-api.ts";
import { formatDateTime } from "./text-of.ts";

interface VersionsTabProps {
  organisation: string;
  kind: string;
  id: string;
  hasWorkingCopy: boolean;
}

const CHANGE_LABEL = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** The published versions, and what changed between any two of them or the working copy. */
export function VersionsTab({ organisation, kind, id, hasWorkingCopy }: VersionsTabProps) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<string>("working-copy");
  const [diff, setDiff] = useState<DocumentDiff | null>(null);
  const uid = useId();

  useEffect(() => {
    listVersions(organisation, kind, id)
      .then((found) => {
        setVersions(found);
        const [newest, previous] = found;
        if (hasWorkingCopy || !newest) {
          setFrom(newest?.version ?? null);
          setTo("working-copy");
        } else {
          setFrom(previous?.version ?? newest.version);
          setTo(String(newest.version));
        }
      })
      .catch((failure: Error) => setError(failure.message));
  }, [organisation, kind, id, hasWorkingCopy]);

  useEffect(() => {
    if (from === null && to === "working-copy" && !hasWorkingCopy) return;
    if (from === null && versions?.length) return;
    let live = true;
    setDiff(null);
    getDiff(organisation, kind, id, from ?? undefined, to === "working-copy" ? "working-copy" : Number(to))
      .then((found) => live && setDiff(found))
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [organisation, kind, id, from, to, hasWorkingCopy, versions]);

  if (error)
    return (
      <p role="alert" className="builder-error">
        {error}
      </p>
    );
  if (!versions) return <p>Loading versions…</p>;

  return (
    <div className="versions-tab">
      <h2>Published versions</h2>
      {versions.length === 0 ? (
        <p>This document has never been published.</p>
      ) : (
        <table className="builder-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <td>v{version.version}</td>
                <td>{formatDateTime(version.publishedAt)}</td>
                <td>{version.publishedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions.length > 0 || hasWorkingCopy ? (
        <>
          <h2>Compare</h2>
          <div className="builder-filters">
            <label htmlFor={`${uid}-from`}>From</label>
            <select
              id={`${uid}-from`}
              value={from ?? ""}
              onChange={(event) => setFrom(event.target.value ? Number(event.target.value) : null)}
            >
              {versions.length === 0 ? <option value="">Nothing (new document)</option> : null}
              {versions.map((version) => (
                <option key={version.version} value={version.version}>
                  v{version.version}
                </option>
              ))}
            </select>
            <label htmlFor={`${uid}-to`}>To</label>
            <select id={`${uid}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
              {hasWorkingCopy ? <option value="working-copy">Working copy</option> : null}
              {versions.map((version) => (
                <option key={version.version} value={version.version}>
                  v{version.version}
                </option>
              ))}
            </select>
          </div>
          {diff === null ? <p>Comparing…</p> : null}
          {diff && diff.changes.length === 0 ? <p>No differences.</p> : null}
          {diff && diff.changes.length > 0 ? (
            <ul className="diff-list" aria-label="Differences">
              {diff.changes.map((change) => {
                const described = describeChange(change);
                return (
                  <li key={`${change.pointer}-${change.change}`} className={`diff-${change.change}`}>
                    <span className="diff-badge">{CHANGE_LABEL[change.change]}</span>{" "}
                    <strong>{described.where}</strong>: {described.sentence}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
