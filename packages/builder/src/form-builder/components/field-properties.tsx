import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import { useMemo } from "react";
import { listContainerKeys } from "../model/container-order.ts";
import { DEFAULT_FILE_TYPES } from "../model/field-kinds.ts";
import type { FormOutline, OutlineField } from "../model/form-outline.ts";
import { getSchemaAt, getUiAt, isUnder } from "../model/json-tree.ts";
import { moveField } from "../model/move-field.ts";
import type { BuilderProblem } from "../model/problems-by-field.ts";
import { checkFieldKey, renameField } from "../model/rename-field.ts";
import {
  listPrefillSources,
  type PrefillSource,
  setAttachmentRules,
  setFieldPrefill,
  setFieldRequired,
  setFieldText,
  setFieldUi,
} from "../model/update-field.ts";
import { DefaultInput } from "./default-input.tsx";
import { CheckedInput, ChoiceSelect, LocalizedInputs, NumberInput } from "./inputs.tsx";
import { KIND_NAMES } from "./kind-names.ts";
import { LogicEditor } from "./logic-editor.tsx";
import { OptionsEditor } from "./options-editor.tsx";
import { ProblemList } from "./problem-list.tsx";
import { ValidationInputs } from "./validation-inputs.tsx";

const PLACEHOLDER_KINDS = new Set(["text", "long-text", "number", "email", "phone"]);

interface FieldPropertiesProps {
  field: OutlineField;
  spec: FormSpec;
  outline: FormOutline;
  allFields: readonly OutlineField[];
  languages: readonly string[];
  problems: readonly BuilderProblem[];
  apply: (edit: (document: FormDocument) => FormDocument) => FormDocument;
  onPathChange: (path: string) => void;
  onRemove: () => void;
}

/** Everything about the selected field: key, texts per language, validation, choices, default, prefill, logic. */
export function FieldProperties(props: FieldPropertiesProps) {
  const { field, spec, languages, apply } = props;
  const { path, kind } = field;
  const texts = spec.texts[path];
  const schema = getSchemaAt(spec.schema, path) ?? {};
  const ui = getUiAt(spec.uiSchema, path) ?? {};
  const prefillSources = useMemo(() => listPrefillSources(spec, path), [spec, path]);
  const required = useMemo(() => {
    const container = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
    const owner = getSchemaAt(spec.schema, container);
    return Array.isArray(owner?.required) && owner.required.includes(field.key);
  }, [spec.schema, path, field.key]);
  const text = (name: "label" | "help" | "placeholder") => (language: string, value: string) =>
    apply((doc) => setFieldText(doc, path, name, language, value));
  const places = useMemo(
    () => placesFor(props.outline, props.allFields, path),
    [props.outline, props.allFields, path],
  );
  const rules = spec.attachments[path] ?? { maxSizeMb: 10, types: DEFAULT_FILE_TYPES };

  return (
    <div className="fb-properties-body">
      <h3>{field.label}</h3>
      <p className="fb-kind-line">
        Kind: {KIND_NAMES[kind]} <span className="fb-path">({path})</span>
      </p>
      <ProblemList problems={props.problems} title="Problems of this field" />
      <CheckedInput
        label="Key"
        hint="The name of the answer in submitted data; letters, digits and _."
        value={field.key}
        check={(key) => checkFieldKey(spec, path, key)}
        onCommit={(key) => {
          apply((doc) => renameField(doc, path, key));
          props.onPathChange(path.slice(0, path.length - field.key.length) + key);
        }}
      />
      <LocalizedInputs label="Label" values={texts?.label} languages={languages} onChange={text("label")} />
      <LocalizedInputs
        label="Help"
        values={texts?.help}
        languages={languages}
        onChange={text("help")}
        multiline
      />
      {PLACEHOLDER_KINDS.has(kind) ? (
        <LocalizedInputs
          label="Placeholder"
          values={texts?.placeholder}
          languages={languages}
          onChange={text("placeholder")}
        />
      ) : null}
      <div className="fb-check">
        <input
          id="fb-required"
          type="checkbox"
          checked={required}
          onChange={(event) => apply((doc) => setFieldRequired(doc, path, event.target.checked))}
        />
        <label htmlFor="fb-required">Required</label>
      </div>
      <ValidationInputs path={path} kind={kind} schema={schema} apply={apply} />
      {kind === "single-choice" ? (
        <ChoiceSelect
          label="Shown as"
          value={ui["ui:widget"] === "select" ? "select" : "radio"}
          options={[
            { value: "radio", label: "Radio buttons" },
            { value: "select", label: "Drop-down list" },
          ]}
          onChange={(widget) => apply((doc) => setFieldUi(doc, path, { "ui:widget": widget ?? "radio" }))}
        />
      ) : null}
      {kind === "single-choice" || kind === "multiple-choice" || kind === "yes-no" ? (
        <OptionsEditor
          path={path}
          spec={spec}
          languages={languages}
          fixed={kind === "yes-no"}
          apply={apply}
        />
      ) : null}
      <DefaultInput
        path={path}
        kind={kind}
        schema={schema}
        spec={spec}
        language={languages[0] ?? "en"}
        apply={apply}
      />
      {prefillSources.length > 0 ? (
        <ChoiceSelect<PrefillSource>
          label="Prefill from the signed-in person"
          value={spec.prefill[path]}
          none="(none)"
          options={prefillSources.map((source) => ({
            value: source,
            label: source.replace("identity.", ""),
          }))}
          onChange={(source) => apply((doc) => setFieldPrefill(doc, path, source))}
        />
      ) : null}
      {kind === "file" ? (
        <fieldset>
          <legend>Files</legend>
          <NumberInput
            label="Largest file (MB)"
            min={1}
            value={rules.maxSizeMb}
            onChange={(maxSizeMb) =>
              maxSizeMb && apply((doc) => setAttachmentRules(doc, path, { ...rules, maxSizeMb }))
            }
          />
          <CheckedInput
            label="File types"
            hint="Media types separated by commas, e.g. application/pdf, image/jpeg"
            value={rules.types.join(", ")}
            check={(value) =>
              value.split(",").every((type) => /^[a-z]+\/[a-z0-9.+-]+$/.test(type.trim()))
                ? undefined
                : "Use media types such as application/pdf."
            }
            onCommit={(value) =>
              apply((doc) =>
                setAttachmentRules(doc, path, {
                  ...rules,
                  types: value.split(",").map((type) => type.trim()),
                }),
              )
            }
          />
        </fieldset>
      ) : null}
      {places.length > 1 ? (
        <ChoiceSelect
          label="Move to"
          value={places.find((place) => place.current)?.value}
          options={places}
          onChange={(value) => {
            const place = places.find((candidate) => candidate.value === value);
            if (!place || place.current) return;
            const before = listContainerKeys(spec, place.target.container);
            const document = apply((doc) => moveField(doc, path, place.target));
            const key = listContainerKeys(document.spec, place.target.container).find(
              (k) => !before.includes(k),
            );
            if (key) props.onPathChange(place.target.container ? `${place.target.container}.${key}` : key);
          }}
        />
      ) : null}
      <LogicEditor
        path={path}
        effect="show"
        title="Show this field only when…"
        spec={spec}
        fields={props.allFields}
        language={languages[0] ?? "en"}
        apply={apply}
      />
      <LogicEditor
        path={path}
        effect="require"
        title="Required when…"
        spec={spec}
        fields={props.allFields}
        language={languages[0] ?? "en"}
        apply={apply}
      />
      <button type="button" className="fb-danger" onClick={props.onRemove}>
        Remove field
      </button>
    </div>
  );
}

interface Place {
  value: string;
  label: string;
  current: boolean;
  target: { container: string; page?: number };
}

/** Where the field could go: each page (top level) and each group that is not the field itself. */
function placesFor(outline: FormOutline, fields: readonly OutlineField[], path: string): Place[] {
  const container = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
  const top = container === "";
  const pageOf = outline.pages.find((page) => page.fields.some((field) => field.path === path))?.index;
  const places: Place[] = outline.pages.map((page, i) => ({
    value: `page:${page.index}`,
    label: page.index < 0 ? "The form's page" : `Page ${i + 1}: ${page.title}`,
    current: top && pageOf === page.index,
    target: page.index < 0 ? { container: "" } : { container: "", page: page.index },
  }));
  for (const field of fields) {
    if (field.container === undefined || isUnder(field.container, path)) continue;
    places.push({
      value: `group:${field.container}`,
      label: `Group: ${field.label}`,
      current: container === field.container,
      target: { container: field.container },
    });
  }
  if (!places.some((place) => place.current))
    places.unshift({ value: "here", label: "(on no page)", current: true, target: { container } });
  return places;
}
