import { errorId, type FieldErrorProps } from "@rjsf/utils";
import { civitasContextOf } from "./civitas-form-context.ts";

/** A field's error message, shown above its control and named by it in `aria-describedby`. */
export function FieldErrorTemplate({ errors, fieldPathId, registry }: FieldErrorProps) {
  const first = errors?.find((error) => error !== "");
  if (!first) return null;
  return (
    <p id={errorId(fieldPathId)} className="civitas-error-message">
      <span className="civitas-visually-hidden">{civitasContextOf(registry).messages.errorPrefix} </span>
      {first}
    </p>
  );
}
