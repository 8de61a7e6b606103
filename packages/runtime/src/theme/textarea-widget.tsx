import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";
import { useBufferedValue } from "./use-buffered-value.ts";

/** A long text: like the text input, buffered while typing; `ui:options.rows` sets its height. */
export function TextareaWidget(props: WidgetProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange, options } = props;
  const { rawErrors, placeholder, required } = props;
  const { text, change, flush } = useBufferedValue(value == null ? "" : String(value), (next) =>
    onChange(next === "" ? options.emptyValue : next),
  );
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="civitas-input civitas-textarea"
      value={text}
      rows={typeof options.rows === "number" ? options.rows : 4}
      readOnly={readonly}
      disabled={disabled}
      // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it in the UI schema
      autoFocus={autofocus}
      placeholder={placeholder || undefined}
      aria-required={required || undefined}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={describedBy(id, props)}
      onChange={(event) => change(event.target.value)}
      onBlur={() => {
        flush();
        onBlur(id, text);
      }}
      onFocus={() => onFocus(id, text)}
    />
  );
}
