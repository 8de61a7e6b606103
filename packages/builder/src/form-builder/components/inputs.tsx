import { useId, useState } from "react";

interface LocalizedInputsProps {
  label: string;
  values: Readonly<Record<string, string>> | undefined;
  languages: readonly string[];
  onChange: (language: string, value: string) => void;
  multiline?: boolean;
}

/** One input per language; an empty one is flagged "missing in xx" once another language has the text. */
export function LocalizedInputs({ label, values, languages, onChange, multiline }: LocalizedInputsProps) {
  const id = useId();
  const hasAny = Object.values(values ?? {}).some(Boolean);
  return (
    <fieldset className="fb-localized">
      <legend>{label}</legend>
      {languages.map((language, i) => {
        const value = values?.[language] ?? "";
        const missing = !value && (hasAny || (i === 0 && label === "Label"));
        const inputId = `${id}-${language}`;
        const props = {
          id: inputId,
          value,
          lang: language,
          "aria-describedby": missing ? `${inputId}-missing` : undefined,
          "aria-invalid": missing && i === 0 ? true : undefined,
          onChange: (event: { target: { value: string } }) => onChange(language, event.target.value),
        };
        return (
          <div key={language} className="fb-localized-row">
            <label htmlFor={inputId}>{`${label} (${language})`}</label>
            {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
            {missing ? (
              <span
                id={`${inputId}-missing`}
                className={i === 0 ? "fb-missing fb-missing-default" : "fb-missing"}
              >
                missing in {language}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A number input that writes a number, or undefined when emptied. */
export function NumberInput(props: {
  label: string;
  value: unknown;
  onChange: (value: number | undefined) => void;
  min?: number;
}) {
  const id = useId();
  return (
    <div className="fb-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        value={typeof props.value === "number" ? props.value : ""}
        onChange={(event) => {
          const raw = event.target.value;
          const value = Number(raw);
          props.onChange(raw === "" || !Number.isFinite(value) ? undefined : value);
        }}
      />
    </div>
  );
}

/**
 * A text input that keeps what is typed and writes it only once `check` accepts it (on every change
 * when `commit` is "change", else on leaving the input or Enter). Shows why it does not.
 */
export function CheckedInput(props: {
  label: string;
  value: string;
  check: (value: string) => string | undefined;
  onCommit: (value: string) => void;
  commit?: "change" | "blur";
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [seen, setSeen] = useState(props.value);
  if (props.value !== seen) {
    setSeen(props.value);
    setDraft(props.value);
  }
  const problem = props.check(draft);
  const commit = (value: string) => {
    if (!props.check(value) && value !== props.value) props.onCommit(value);
  };
  const described = [problem ? `${id}-problem` : "", props.hint ? `${id}-hint` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="fb-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (props.commit === "change") commit(event.target.value);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit(draft);
        }}
      />
      {props.hint ? (
        <span id={`${id}-hint`} className="fb-hint">
          {props.hint}
        </span>
      ) : null}
      {problem ? (
        <span id={`${id}-problem`} className="fb-field-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

/** A select of values with words, plus "(none)" for undefined. */
export function ChoiceSelect<T extends string>(props: {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  none?: string;
}) {
  const id = useId();
  return (
    <div className="fb-input">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ""}
        onChange={(event) => props.onChange((event.target.value || undefined) as T | undefined)}
      >
        {props.none !== undefined ? <option value="">{props.none}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
