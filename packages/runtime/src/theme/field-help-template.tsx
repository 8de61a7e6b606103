import { type FieldHelpProps, helpId } from "@rjsf/utils";

/** A field's help text, which its control names in `aria-describedby`. */
export function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  if (!help) return null;
  return (
    <div id={helpId(fieldPathId)} className="civitas-help">
      {help}
    </div>
  );
}
