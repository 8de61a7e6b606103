import type { FormDocument } from "@civitas/definitions";
import type { FieldKind } from "../model/field-kinds.ts";
import type { Json } from "../model/json-tree.ts";
import { setFieldKeyword } from "../model/update-field.ts";
import { CheckedInput, NumberInput } from "./inputs.tsx";

const LENGTH_KINDS = new Set<FieldKind>(["text", "long-text", "email", "phone"]);
const ITEM_KINDS = new Set<FieldKind>(["repeatable-group", "multiple-choice"]);

const checkPattern = (value: string) => {
  try {
    new RegExp(value, "u");
    return undefined;
  } catch {
    return "This is not a valid regular expression.";
  }
};

/** The validation keywords that fit a field's kind. */
export function ValidationInputs(props: {
  path: string;
  kind: FieldKind;
  schema: Json;
  apply: (edit: (document: FormDocument) => FormDocument) => void;
}) {
  const { path, kind, schema, apply } = props;
  const set = (keyword: string) => (value: unknown) =>
    apply((doc) => setFieldKeyword(doc, path, keyword, value));
  const isList = schema.type === "array";
  if (!LENGTH_KINDS.has(kind) && kind !== "number" && !ITEM_KINDS.has(kind) && !isList) return null;
  return (
    <fieldset className="fb-validation">
      <legend>Validation</legend>
      {LENGTH_KINDS.has(kind) ? (
        <>
          <NumberInput label="Minimum length" min={0} value={schema.minLength} onChange={set("minLength")} />
          <NumberInput label="Maximum length" min={1} value={schema.maxLength} onChange={set("maxLength")} />
        </>
      ) : null}
      {kind === "text" || kind === "phone" ? (
        <CheckedInput
          label="Pattern"
          hint="A regular expression the answer must match, e.g. ^[0-9]{5}$"
          value={typeof schema.pattern === "string" ? schema.pattern : ""}
          check={checkPattern}
          commit="change"
          onCommit={(value) => set("pattern")(value === "" ? undefined : value)}
        />
      ) : null}
      {kind === "number" ? (
        <>
          <NumberInput label="Minimum" value={schema.minimum} onChange={set("minimum")} />
          <NumberInput label="Maximum" value={schema.maximum} onChange={set("maximum")} />
        </>
      ) : null}
      {ITEM_KINDS.has(kind) || isList ? (
        <>
          <NumberInput
            label="Minimum number of items"
            min={0}
            value={schema.minItems}
            onChange={set("minItems")}
          />
          <NumberInput
            label="Maximum number of items"
            min={1}
            value={schema.maxItems}
            onChange={set("maxItems")}
          />
        </>
      ) : null}
    </fieldset>
  );
}
