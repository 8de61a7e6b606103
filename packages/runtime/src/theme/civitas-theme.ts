import { ATTACHMENT_FORMAT } from "@civitas/definitions/constants";
import type { RegistryWidgetsType, TemplatesType } from "@rjsf/utils";
import { ArrayFieldItemTemplate } from "./array-field-item-template.tsx";
import { ArrayFieldTemplate } from "./array-field-template.tsx";
import { BaseInputTemplate } from "./base-input-template.tsx";
import { CheckboxWidget } from "./checkbox-widget.tsx";
import { CheckboxesWidget } from "./checkboxes-widget.tsx";
import { DescriptionFieldTemplate } from "./description-field-template.tsx";
import { FieldErrorTemplate } from "./field-error-template.tsx";
import { FieldHelpTemplate } from "./field-help-template.tsx";
import { FieldTemplate } from "./field-template.tsx";
import { FileWidget } from "./file-widget.tsx";
import { ObjectFieldTemplate } from "./object-field-template.tsx";
import { RadioWidget } from "./radio-widget.tsx";
import { SelectWidget } from "./select-widget.tsx";
import { TextareaWidget } from "./textarea-widget.tsx";

/**
 * The Civitas theme for RJSF: accessible templates and widgets styled by `@civitas/runtime/styles.css`.
 * RJSF's own date, e-mail and number widgets are kept: they render through our `BaseInputTemplate`.
 * A string with `format: attachment` is a file field (the widget is picked by format name).
 *
 * Module-level objects, so that RJSF's registry is the same from one render to the next.
 */
export const civitasTheme: {
  templates: Partial<TemplatesType>;
  widgets: RegistryWidgetsType;
} = {
  templates: {
    ArrayFieldItemTemplate,
    ArrayFieldTemplate,
    BaseInputTemplate,
    DescriptionFieldTemplate,
    FieldErrorTemplate,
    FieldHelpTemplate,
    FieldTemplate,
    ObjectFieldTemplate,
  },
  widgets: {
    [ATTACHMENT_FORMAT]: FileWidget,
    CheckboxWidget,
    CheckboxesWidget,
    RadioWidget,
    SelectWidget,
    TextareaWidget,
  },
};
