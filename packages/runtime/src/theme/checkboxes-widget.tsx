import { enumOptionsIsSelected, optionId, type WidgetProps } from "@rjsf/utils";

/** Several choices of a list (an array of enum values), as checkboxes inside the field's fieldset. */
export function CheckboxesWidget(props: WidgetProps) {
  const { id, htmlName, options, value, disabled, readonly, onBlur, onFocus, onChange, rawErrors } = props;
  const choices = options.enumOptions ?? [];
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const toggle = (choice: unknown, on: boolean) => {
    const next = on ? [...selected, choice] : selected.filter((item) => item !== choice);
    // Kept in the order the choices are offered, whatever order they were ticked in.
    onChange(choices.map((option) => option.value).filter((option) => next.includes(option)));
  };
  return (
    <div className={options.inline ? "civitas-choices civitas-choices-inline" : "civitas-choices"}>
      {choices.map((choice, index) => {
        const optionKey = optionId(id, index);
        return (
          <div className="civitas-choice civitas-choice-checkbox" key={optionKey}>
            <input
              type="checkbox"
              id={optionKey}
              name={htmlName || id}
              checked={enumOptionsIsSelected(choice.value, selected)}
              disabled={disabled || readonly}
              aria-invalid={rawErrors?.length ? true : undefined}
              onChange={(event) => toggle(choice.value, event.target.checked)}
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
