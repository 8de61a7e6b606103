import { type FormEvent, useId, useState } from "react";
import { errorText } from "../shared/error-text.ts";
import { RoleCheckboxes } from "../shared/role-checkboxes.tsx";
import { type CreatedStaffMember, createStaff, STAFF_ROLE_OPTIONS, type StaffRole } from "./staff-api.ts";

interface Errors {
  email?: string;
  name?: string;
  roles?: string;
}

function validate(email: string, name: string, roles: StaffRole[]): Errors {
  const errors: Errors = {};
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = "Enter an e-mail address, such as anna@example.org.";
  if (!name) errors.name = "Enter the person's name.";
  if (roles.length === 0) errors.roles = "Choose at least one role.";
  return errors;
}

/** Adds a person to the organisation's staff. */
export function StaffCreateForm(props: {
  organisation: string;
  onCreated: (member: CreatedStaffMember) => void;
  onError: (text: string) => void;
}) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(email.trim(), name.trim(), roles);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = found.email ? `${id}-email` : found.name ? `${id}-name` : `${id}-roles`;
      document.getElementById(first)?.focus();
      return;
    }
    setBusy(true);
    try {
      const member = await createStaff(props.organisation, { email: email.trim(), name: name.trim(), roles });
      setEmail("");
      setName("");
      setRoles([]);
      props.onCreated(member);
    } catch (error) {
      props.onError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ops-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add a person</h2>
      <div className="ops-field">
        <label htmlFor={`${id}-email`}>E-mail address</label>
        {errors.email ? (
          <p id={`${id}-email-error`} className="ops-field-error">
            {errors.email}
          </p>
        ) : null}
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          value={email}
          maxLength={200}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
      </div>
      <div className="ops-field">
        <label htmlFor={`${id}-name`}>Name</label>
        {errors.name ? (
          <p id={`${id}-name-error`} className="ops-field-error">
            {errors.name}
          </p>
        ) : null}
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div id={`${id}-roles`} tabIndex={-1}>
        <RoleCheckboxes
          legend="Roles"
          options={STAFF_ROLE_OPTIONS}
          value={roles}
          onChange={setRoles}
          error={errors.roles ?? null}
        />
      </div>
      <button type="submit" className="ops-button ops-button-primary" disabled={busy}>
        {busy ? "Adding…" : "Add person"}
      </button>
    </form>
  );
}
