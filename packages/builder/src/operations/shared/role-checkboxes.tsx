import { useId } from "react";

export interface RoleOption<R extends string> {
  role: R;
  explanation: string;
}

interface RoleCheckboxesProps<R extends string> {
  legend: string;
  options: readonly RoleOption<R>[];
  value: readonly R[];
  onChange: (roles: R[]) => void;
  disabled?: boolean;
  error?: string | null;
}

/** A fieldset of role checkboxes, each with a line saying what the role may do. */
export function RoleCheckboxes<R extends string>(props: RoleCheckboxesProps<R>) {
  const id = useId();
  const errorId = `${id}-error`;
  const toggle = (role: R, checked: boolean) => {
    const next = checked ? [...props.value, role] : props.value.filter((r) => r !== role);
    props.onChange(props.options.map((o) => o.role).filter((r) => next.includes(r)));
  };
  return (
    <fieldset className="ops-roles" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.error ? (
        <p id={errorId} className="ops-field-error">
          {props.error}
        </p>
      ) : null}
      {props.options.map((option) => (
        <div key={option.role} className="ops-role">
          <input
            type="checkbox"
            id={`${id}-${option.role}`}
            aria-describedby={`${id}-${option.role}-hint`}
            checked={props.value.includes(option.role)}
            disabled={props.disabled}
            onChange={(event) => toggle(option.role, event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-${option.role}`}>{option.role}</label>
          <span id={`${id}-${option.role}-hint`} className="ops-hint">
            {option.explanation}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
