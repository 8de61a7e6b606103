import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";

/** One choice of a longer list, as a native `<select>` with an empty first option when nothing is chosen. */
export function SelectWidget(props: WidgetProps) {
  const { id, htmlName, options, value, disabled, readonly, autofocus, onBlur, onFocus, onChange } = props;
  const { rawErrors, required, placeholder } = props;
  const choices = options.enumOptions ?? [];
  const index = choices.findIndex((choice) => choice.value === value);
  const valueAt = (selected: string) =>
    selected === "" ? options.emptyValue : choices[Number(selected)]?.value;
  return (
    <select
      id={id}
      name={htmlName || id}
      className="civitas-input civitas-select"
      value={index < 0 ? "" : String(index)}
      disabled={disabled || readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it in the UI schema
      autoFocus={autofocus}
      aria-required={required || undefined}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={describedBy(id, props)}
      onChange={(event) => onChange(valueAt(event.target.value))}
      onBlur={(event) => onBlur(id, valueAt(event.target.value))}
      onFocus={(event) => onFocus(id, valueAt(event.target.value))}
    >
      <option value="">{placeholder || "—"}</option>
      {choices.map((choice, position) => (
        <option key={String(choice.value)} value={String(position)}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
