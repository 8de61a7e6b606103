import type { ErrorSchema, FieldProps } from "@rjsf/utils";
import { catalogContextOf } from "./catalog-context.ts";
import { languageName } from "./language-name.ts";

const LONG_TEXT = /(description|summary|steps|deadlines|redress|accessibility|reason)/;

type Texts = Record<string, string>;

/** The languages to show: the organisation's, then any other the text already has. */
export function languagesFor(
  value: Record<string, unknown> | undefined,
  languages: readonly string[],
): string[] {
  return [...new Set([...languages, ...Object.keys(value ?? {})])];
}

/**
 * A text for people in each of the organisation's languages, one input per language; a language
 * without a text is flagged in words ("Missing in lv") once the text exists in another language.
 */
export function LocalizedTextField(props: FieldProps) {
  const { formData, fieldPathId, schema, name, required, disabled, readonly, registry, errorSchema } = props;
  const { languages } = catalogContextOf(registry);
  const value = (formData ?? {}) as Texts;
  const id = fieldPathId.$id;
  const title = schema.title ?? name;
  const anyText = Object.values(value).some((text) => text.trim() !== "");
  const long = LONG_TEXT.test(id);
  const ownErrors = (errorSchema as ErrorSchema | undefined)?.__errors ?? [];

  function change(language: string, text: string) {
    const next: Texts = { ...value };
    if (text === "") delete next[language];
    else next[language] = text;
    props.onChange(
      Object.keys(next).length > 0 ? next : undefined,
      fieldPathId.path,
      undefined,
      `${id}_${language}`,
    );
  }

  return (
    <fieldset
      className="localized-text"
      id={id}
      aria-describedby={ownErrors.length > 0 ? `${id}__errors` : undefined}
    >
      <legend>
        {title}
        {required ? <span className="required-mark"> (required)</span> : null}
      </legend>
      {schema.description ? <p className="builder-hint">{schema.description}</p> : null}
      {languagesFor(value, languages).map((language) => {
        const inputId = `${id}_${language}`;
        const missing = (required || anyText) && !value[language]?.trim() && languages.includes(language);
        const errors = (errorSchema as Record<string, ErrorSchema> | undefined)?.[language]?.__errors ?? [];
        const notes = [missing ? `Missing in ${language}` : null, ...errors].filter(Boolean) as string[];
        const describedBy = notes.length > 0 ? `${inputId}__note` : undefined;
        const common = {
          id: inputId,
          value: value[language] ?? "",
          disabled,
          readOnly: readonly,
          lang: language,
          "aria-describedby": describedBy,
          "aria-invalid": errors.length > 0 ? true : undefined,
          onChange: (event: { target: { value: string } }) => change(language, event.target.value),
        };
        return (
          <div key={language} className="localized-text-row">
            <label htmlFor={inputId}>{languageName(language)}</label>
            {long ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
            {describedBy ? (
              <p id={describedBy} className={errors.length > 0 ? "builder-field-error" : "builder-missing"}>
                {notes.join(" · ")}
              </p>
            ) : null}
          </div>
        );
      })}
      {ownErrors.length > 0 ? (
        <ul id={`${id}__errors`} className="builder-field-error">
          {ownErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
