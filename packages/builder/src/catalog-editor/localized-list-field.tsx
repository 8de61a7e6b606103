import type { FieldProps } from "@rjsf/utils";
import { catalogContextOf } from "./catalog-context.ts";
import { languageName } from "./language-name.ts";
import { languagesFor } from "./localized-text-field.tsx";

type Lists = Record<string, string[]>;

/** Short texts per language (keywords): one comma-separated input per language. */
export function LocalizedListField(props: FieldProps) {
  const { formData, fieldPathId, schema, name, registry, disabled, readonly } = props;
  const { languages } = catalogContextOf(registry);
  const value = (formData ?? {}) as Lists;
  const id = fieldPathId.$id;

  function change(language: string, text: string) {
    const items = text.split(",").map((item) => item.trim());
    const next: Lists = { ...value };
    if (items.every((item) => item === "")) delete next[language];
    else next[language] = text.endsWith(",") || text.endsWith(", ") ? items : items.filter(Boolean);
    props.onChange(
      Object.keys(next).length > 0 ? next : undefined,
      fieldPathId.path,
      undefined,
      `${id}_${language}`,
    );
  }

  return (
    <fieldset className="localized-text" id={id}>
      <legend>{schema.title ?? name}</legend>
      <p className="builder-hint">Separate the entries with commas.</p>
      {languagesFor(value, languages).map((language) => (
        <div key={language} className="localized-text-row">
          <label htmlFor={`${id}_${language}`}>{languageName(language)}</label>
          <input
            id={`${id}_${language}`}
            lang={language}
            disabled={disabled}
            readOnly={readonly}
            value={(value[language] ?? []).join(", ")}
            onChange={(event) => change(language, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
