import type { DescriptionFieldProps } from "@rjsf/utils";

/** A field's or group's description, under its label or legend. */
export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  if (!description) return null;
  return (
    <div id={id} className="civitas-description">
      {description}
    </div>
  );
}
