import { type BaseInputTemplateProps, getInputProps } from "@rjsf/utils";
import type { ChangeEvent, KeyboardEvent } from "react";
import { describedBy } from "./described-by.ts";
import { useBufferedValue } from "./use-buffered-value.ts";

/** Autofill hints by property name, so browsers can offer the person's own address and contacts. */
const AUTOCOMPLETE: Record<string, string> = {
  street: "street-address",
  city: "address-level2",
  postalCode: "postal-code",
  country: "country-name",
  email: "email",
  phone: "tel",
};

const looksLikePhone = (name: string) => /(^|[a-z])(phone|tel|telephone|mobile)$/i.test(name);

/**
 * The one `<input>` every text-like widget renders (text, e-mail, date, phone, number). It keeps
 * what is typed locally and hands it to the form without blocking the next keystroke, marks itself
 * invalid and describes itself by its help and error, and leaves required-ness to the label's text
 * (no browser bubbles: the form validates on blur and on Next).
 */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, name, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange } = props;
  const { onChangeOverride, options, schema, rawErrors, type, placeholder, required } = props;
  const inputProps = getInputProps(schema, type, options);
  const inputType =
    inputProps.type === "text" && !options.inputType && looksLikePhone(name) ? "tel" : inputProps.type;
  const emptyValue = options.emptyValue;
  const { text, change, flush } = useBufferedValue(value == null ? "" : String(value), (next) =>
    onChange(next === "" ? emptyValue : next),
  );
  const autoComplete = (options.autocomplete as string | undefined) ?? AUTOCOMPLETE[name];

  return (
    <input
      id={id}
      name={htmlName || id}
      className="civitas-input"
      {...inputProps}
      type={inputType}
      value={text}
      readOnly={readonly}
      disabled={disabled}
      // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it in the UI schema
      autoFocus={autofocus}
      placeholder={placeholder || undefined}
      autoComplete={autoComplete}
      aria-required={required || undefined}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={describedBy(id, props)}
      onChange={onChangeOverride ?? ((event: ChangeEvent<HTMLInputElement>) => change(event.target.value))}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === "Enter") flush();
      }}
      onBlur={() => {
        flush();
        onBlur(id, text);
      }}
      onFocus={() => onFocus(id, text)}
    />
  );
}
