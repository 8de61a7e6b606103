import { enumOptionsIsSelected, optionId, type WidgetProps } from "@rjsf/utils";

/**
 * One choice of a few, as radio buttons with their own labels. The field template wraps them in a
 * fieldset whose legend is the question and which carries the help and error descriptions.
 */
export function RadioWidget(props: WidgetProps) {
  const { id, htmlName, options, value, disabled, readonly, autofocus, onBlur, onFocus, onChange } = props;
  const { rawErrors } = props;
  const choices = options.enumOptions ?? [];
  return (
    <div className={options.inline ? "civitas-choices civitas-choices-inline" : "civitas-choices"}>
      {choices.map((choice, index) => {
        const optionKey = optionId(id, index);
        return (
          <div className="civitas-choice" key={optionKey}>
            <input
              type="radio"
              id={optionKey}
              name={htmlName || id}
              value={String(index)}
              checked={enumOptionsIsSelected(choice.value, value)}
              disabled={disabled || readonly}
              // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it in the UI schema
              autoFocus={autofocus && index === 0}
              aria-invalid={rawErrors?.length ? true : undefined}
              onChange={() => onChange(choice.value)}
              onBlur={() => onBlur(id, value)}
              onFocus={() => onFocus(id, value)}
            />
            <label htmlFor={optionKey}>{choice.label}</label>
          </div>
        );
      })}
    </div>
  );
}
