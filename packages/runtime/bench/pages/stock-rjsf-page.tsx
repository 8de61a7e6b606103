import { compileForm } from "@civitas/definitions/form";
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { useState } from "react";
import { mountPage, recordData, startProbe } from "./bench-probe.tsx";

// Stock RJSF: its default theme and options, the answers held by the parent (controlled `formData`),
// rendering the schema and UI schema our runtime renders (compiled once, so they are stable objects).
const input = startProbe();
const compiled = compileForm(input.spec, { locale: input.locale });
const schema = compiled.schema as RJSFSchema;

function StockForm() {
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  return (
    <Form
      schema={schema}
      uiSchema={compiled.uiSchema}
      validator={validator}
      formData={formData}
      onChange={(event) => {
        setFormData(event.formData);
        recordData(event.formData);
      }}
    />
  );
}

mountPage(<StockForm />);
