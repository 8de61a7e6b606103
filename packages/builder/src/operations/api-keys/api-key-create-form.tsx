import { type FormEvent, useId, useState } from "react";
import { errorText } from "../shared/error-text.ts";
import { RoleCheckboxes } from "../shared/role-checkboxes.tsx";
import { API_KEY_ROLE_OPTIONS, type ApiKeyRole, type ApiKeySummary, createApiKey } from "./api-keys-api.ts";

/** Creates an API key with a name (who uses it) and its roles. */
export function ApiKeyCreateForm(props: {
  organisation: string;
  onCreated: (created: { key: string; apiKey: ApiKeySummary }) => void;
  onError: (text: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [roles, setRoles] = useState<ApiKeyRole[]>([]);
  const [errors, setErrors] = useState<{ name?: string; roles?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { name?: string; roles?: string } = {};
    if (!name.trim()) found.name = "Enter a name that says who uses the key, such as “Payroll back office”.";
    if (roles.length === 0) found.roles = "Choose at least one role.";
    setErrors(found);
    if (found.name || found.roles) {
      document.getElementById(found.name ? `${id}-name` : `${id}-roles`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await createApiKey(props.organisation, { name: name.trim(), roles });
      setName("");
      setRoles([]);
      props.onCreated(created);
    } catch (error) {
      props.onError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ops-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create an API key</h2>
      <div className="ops-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <span id={`${id}-name-hint`} className="ops-hint">
          Who or what uses the key; shown in this list and in the audit log.
        </span>
        {errors.name ? (
          <p id={`${id}-name-error`} className="ops-field-error">
            {errors.name}
          </p>
        ) : null}
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={100}
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-hint ${id}-name-error` : `${id}-name-hint`}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div id={`${id}-roles`} tabIndex={-1}>
        <RoleCheckboxes
          legend="Roles"
          options={API_KEY_ROLE_OPTIONS}
          value={roles}
          onChange={setRoles}
          error={errors.roles ?? null}
        />
      </div>
      <button type="submit" className="ops-button ops-button-primary" disabled={busy}>
        {busy ? "Creating…" : "Create key"}
      </button>
    </form>
  );
}
