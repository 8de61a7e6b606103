import type { WidgetProps } from "@rjsf/utils";
import { civitasContextOf } from "./civitas-form-context.ts";
import { describedBy } from "./described-by.ts";
import { RequiredMark } from "./required-mark.tsx";

/** A yes/no answer given by ticking a box, such as a declaration; its label sits beside the box. */
export function CheckboxWidget(props: WidgetProps) {
  const { id, htmlName, value, disabled, readonly, autofocus, onBlur, onFocus, onChange, label } = props;
  const { rawErrors, required, registry } = props;
  const { messages } = civitasContextOf(registry);
  return (
    <div className="civitas-checkbox">
      <input
        type="checkbox"
        id={id}
        name={htmlName || id}
        checked={value === true}
        disabled={disabled || readonly}
        // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it in the UI schema
        autoFocus={autofocus}
        aria-required={required || undefined}
        aria-invalid={rawErrors?.length ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={(event) => onBlur(id, event.target.checked)}
        onFocus={(event) => onFocus(id, event.target.checked)}
      />
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark text={messages.required} /> : null}
      </label>
    </div>
  );
}
