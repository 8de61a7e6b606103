import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import { useId } from "react";
import type { FieldKind } from "../model/field-kinds.ts";
import { listFieldOptions } from "../model/field-options.ts";
import type { Json } from "../model/json-tree.ts";
import { setFieldKeyword } from "../model/update-field.ts";

const TEXT_KINDS = new Set<FieldKind>(["text", "long-text", "email", "phone", "date"]);

/** The answer a field starts with, typed as the field's values are. */
export function DefaultInput(props: {
  path: string;
  kind: FieldKind;
  schema: Json;
  spec: FormSpec;
  language: string;
  apply: (edit: (document: FormDocument) => FormDocument) => void;
}) {
  const { path, kind, schema, apply } = props;
  const id = useId();
  const set = (value: unknown) => apply((doc) => setFieldKeyword(doc, path, "default", value));
  const current = schema.default;
  if (kind === "single-choice" || kind === "yes-no") {
    const options = listFieldOptions(props.spec, path);
    const titles = props.spec.texts[path]?.options;
    return (
      <div className="fb-input">
        <label htmlFor={id}>Default answer</label>
        <select
          id={id}
          value={current === undefined ? "" : String(current)}
          onChange={(e) => set(options.find((value) => String(value) === e.target.value))}
        >
          <option value="">(none)</option>
          {options.map((value) => (
            <option key={String(value)} value={String(value)}>
              {titles?.[String(value)]?.[props.language] ?? String(value)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (kind !== "number" && !TEXT_KINDS.has(kind)) return null;
  return (
    <div className="fb-input">
      <label htmlFor={id}>Default answer</label>
      <input
        id={id}
        type={kind === "number" ? "number" : kind === "date" ? "date" : "text"}
        value={current === undefined ? "" : String(current)}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw === "") set(undefined);
          else if (kind === "number") Number.isFinite(Number(raw)) && set(Number(raw));
          else set(raw);
        }}
      />
    </div>
  );
}
