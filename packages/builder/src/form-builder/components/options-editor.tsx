import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import {
  addFieldOption,
  listFieldOptions,
  removeFieldOption,
  renameFieldOption,
  setFieldOptionTitle,
} from "../model/field-options.ts";
import { CheckedInput, LocalizedInputs } from "./inputs.tsx";

const VALUE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The choices of a single or multiple choice: value, a title per language, add and remove. */
export function OptionsEditor(props: {
  path: string;
  spec: FormSpec;
  languages: readonly string[];
  fixed?: boolean;
  apply: (edit: (document: FormDocument) => FormDocument) => void;
}) {
  const { path, spec, languages, apply } = props;
  const values = listFieldOptions(spec, path);
  const titles = spec.texts[path]?.options ?? {};
  const addOption = () => {
    let n = values.length + 1;
    while (values.includes(`option${n}`)) n++;
    apply((doc) => addFieldOption(doc, path, `option${n}`, { [languages[0] ?? "en"]: `Option ${n}` }));
  };
  return (
    <fieldset className="fb-options">
      <legend>Choices</legend>
      <ol>
        {values.map((value, i) => (
          <li key={String(value)} className="fb-option">
            {props.fixed ? (
              <p className="fb-option-value">Value: {String(value)}</p>
            ) : (
              <CheckedInput
                label={`Choice ${i + 1} value`}
                value={String(value)}
                check={(next) =>
                  !VALUE.test(next)
                    ? "A value has letters, digits, dots, dashes or _."
                    : next !== String(value) && values.map(String).includes(next)
                      ? "Another choice has this value."
                      : undefined
                }
                onCommit={(next) => apply((doc) => renameFieldOption(doc, path, value, next))}
              />
            )}
            <LocalizedInputs
              label={`Choice ${i + 1} title`}
              values={titles[String(value)]}
              languages={languages}
              onChange={(language, title) =>
                apply((doc) => setFieldOptionTitle(doc, path, value, language, title))
              }
            />
            {props.fixed ? null : (
              <button
                type="button"
                className="fb-danger"
                disabled={values.length <= 1}
                onClick={() => apply((doc) => removeFieldOption(doc, path, value))}
              >
                {`Remove choice ${i + 1}`}
              </button>
            )}
          </li>
        ))}
      </ol>
      {props.fixed ? null : (
        <button type="button" onClick={addOption}>
          Add choice
        </button>
      )}
    </fieldset>
  );
}
