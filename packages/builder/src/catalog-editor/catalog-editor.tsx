import Form, { getDefaultRegistry } from "@rjsf/core";
import type { Field, FieldProps, RegistryFieldsType } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { useMemo } from "react";
import type { Content, DefinitionProblem } from "../documents/registry-api.ts";
import { CatalogArrayItemTemplate, CatalogArrayTemplate } from "./array-templates.tsx";
import type { CatalogContext } from "./catalog-context.ts";
import { LocalizedListField } from "./localized-list-field.tsx";
import { LocalizedTextField } from "./localized-text-field.tsx";
import { problemsToErrors } from "./problems-to-errors.ts";
import {
  type CatalogKind,
  CUSTOM,
  LOCALIZED_LIST,
  LOCALIZED_TEXT,
  prepareSpecSchema,
} from "./spec-schema.ts";

const DefaultObjectField = getDefaultRegistry().fields.ObjectField as Field;

function ObjectField(props: FieldProps) {
  const marker = (props.schema as Record<string, unknown>)[CUSTOM];
  if (marker === LOCALIZED_TEXT) return <LocalizedTextField {...props} />;
  if (marker === LOCALIZED_LIST) return <LocalizedListField {...props} />;
  return <DefaultObjectField {...props} />;
}

const FIELDS: RegistryFieldsType = { ObjectField };
const TEMPLATES = {
  ArrayFieldTemplate: CatalogArrayTemplate,
  ArrayFieldItemTemplate: CatalogArrayItemTemplate,
};
const DEFAULTS = { arrayMinItems: { populate: "never" }, emptyObjectFields: "skipEmptyDefaults" } as const;

export interface CatalogEditorProps {
  kind: CatalogKind;
  document: Content;
  onChange(next: Content, key?: string): void;
  languages: readonly string[];
  problems?: readonly DefinitionProblem[];
  /** Shows the document without letting it change (for people who may not edit it). */
  readOnly?: boolean;
}

/** The visual editor of a Service, Channel, LifeSituation or Organisation: its `spec` as a form. */
export function CatalogEditor({
  kind,
  document,
  onChange,
  languages,
  problems = [],
  readOnly = false,
}: CatalogEditorProps) {
  const { schema, uiSchema } = useMemo(() => prepareSpecSchema(kind), [kind]);
  const extraErrors = useMemo(() => problemsToErrors(problems), [problems]);
  const context = useMemo<CatalogContext>(() => ({ languages }), [languages]);
  const spec = (document.spec ?? {}) as Content;

  return (
    <div className="catalog-editor">
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={spec}
        validator={validator}
        fields={FIELDS}
        templates={TEMPLATES}
        formContext={context}
        extraErrors={extraErrors}
        idPrefix="spec"
        readonly={readOnly}
        noHtml5Validate
        showErrorList={false}
        experimental_defaultFormStateBehavior={DEFAULTS}
        onChange={(event, id) => {
          const next = (event.formData ?? {}) as Content;
          if (next !== spec) onChange({ ...document, spec: next }, id ? `edit:${id}` : undefined);
        }}
      />
    </div>
  );
}
