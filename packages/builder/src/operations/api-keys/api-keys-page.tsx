import "../operations.css";
import { useState } from "react";
import { AdminOnly } from "../shared/admin-only.tsx";
import { ConfirmAction } from "../shared/confirm-action.tsx";
import { errorText } from "../shared/error-text.ts";
import { DateTime } from "../shared/format-date.tsx";
import { Notice, type NoticeValue } from "../shared/notice.tsx";
import type { OperationsPageProps } from "../shared/page-props.ts";
import { SecretOnce } from "../shared/secret-once.tsx";
import { useLoad } from "../shared/use-load.ts";
import { ApiKeyCreateForm } from "./api-key-create-form.tsx";
import { type ApiKeySummary, listApiKeys, revokeApiKey } from "./api-keys-api.ts";

/** The organisation's API keys for integrators: create (the key shown once), list, revoke. */
export function ApiKeysPage({ organisation, roles }: OperationsPageProps) {
  return (
    <AdminOnly title="API keys" organisation={organisation} roles={roles}>
      <ApiKeyManager organisation={organisation} />
    </AdminOnly>
  );
}

function ApiKeyManager({ organisation }: { organisation: string }) {
  const keys = useLoad(() => listApiKeys(organisation), organisation);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [created, setCreated] = useState<{ key: string; apiKey: ApiKeySummary } | null>(null);

  const revoke = async (apiKey: ApiKeySummary) => {
    try {
      await revokeApiKey(organisation, apiKey.id);
      const revokedAt = new Date().toISOString();
      keys.setData((list) => list.map((k) => (k.id === apiKey.id ? { ...k, revokedAt } : k)));
      setNotice({ tone: "success", text: `The key “${apiKey.name}” is revoked; it no longer works.` });
    } catch (error) {
      setNotice({ tone: "error", text: errorText(error) });
    }
  };

  return (
    <section className="ops-page" aria-labelledby="ops-page-title">
      <h1 id="ops-page-title">API keys</h1>
      <p className="ops-intro">
        Keys let other systems use the API on behalf of {organisation}: a back office reporting case states,
        or a catalog tool writing definitions. The server keeps only a fingerprint of each key.
      </p>
      <Notice notice={notice} />
      {created ? (
        <SecretOnce
          title={`New key “${created.apiKey.name}”`}
          label={`API key ${created.apiKey.name}`}
          secret={created.key}
          note="Copy it now into the system that will use it. If it is lost, revoke it and create a new one."
          onDone={() => setCreated(null)}
        />
      ) : null}
      {keys.loading && !keys.data ? <p role="status">Loading the keys…</p> : null}
      {keys.error ? (
        <p role="alert" className="ops-notice ops-notice-error">
          The keys could not be loaded: {keys.error}
        </p>
      ) : null}
      {keys.data ? (
        <div className="ops-table-wrap">
          <table className="ops-table">
            <caption>API keys of {organisation}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Roles</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.length === 0 ? (
                <tr>
                  <td colSpan={7}>No keys yet.</td>
                </tr>
              ) : null}
              {keys.data.map((apiKey) => (
                <tr key={apiKey.id}>
                  <th scope="row">{apiKey.name}</th>
                  <td>
                    <code>{apiKey.prefix}…</code>
                  </td>
                  <td>{apiKey.roles.join(", ")}</td>
                  <td>
                    <DateTime value={apiKey.createdAt} />
                  </td>
                  <td>
                    <DateTime value={apiKey.lastUsedAt} fallback="Never" />
                  </td>
                  <td>
                    {apiKey.revokedAt ? (
                      <span className="ops-badge ops-badge-dead">
                        Revoked <DateTime value={apiKey.revokedAt} />
                      </span>
                    ) : (
                      <span className="ops-badge ops-badge-delivered">Active</span>
                    )}
                  </td>
                  <td className="ops-actions">
                    {apiKey.revokedAt ? null : (
                      <ConfirmAction
                        label="Revoke"
                        accessibleLabel={`Revoke the key ${apiKey.name}`}
                        question={`Revoke “${apiKey.name}”? Systems using it will be refused at once; this cannot be undone.`}
                        confirmLabel="Yes, revoke"
                        danger
                        onConfirm={() => revoke(apiKey)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ApiKeyCreateForm
        organisation={organisation}
        onCreated={(answer) => {
          keys.setData((list) => [answer.apiKey, ...list]);
          setCreated(answer);
          setNotice({ tone: "success", text: `The key “${answer.apiKey.name}” was created.` });
        }}
        onError={(text) => setNotice({ tone: "error", text })}
      />
    </section>
  );
}
