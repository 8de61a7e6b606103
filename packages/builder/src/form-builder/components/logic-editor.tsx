import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  type ConditionOperator,
  type ConditionRow,
  type FieldLogic,
  getFieldLogic,
  type LogicEffect,
  listConditionFields,
  listOperatorsFor,
  type Scalar,
  setFieldLogic,
} from "../model/field-logic.ts";
import { listFieldOptions } from "../model/field-options.ts";
import type { OutlineField } from "../model/form-outline.ts";

const OPERATOR_NAMES: Record<ConditionOperator, string> = {
  equals: "is",
  notEquals: "is not",
  in: "is one of",
  filled: "is filled in or empty",
  contains: "includes",
  greaterThan: "is more than",
  lessThan: "is less than",
};

interface LogicEditorProps {
  path: string;
  effect: LogicEffect;
  title: string;
  spec: FormSpec;
  fields: readonly OutlineField[];
  language: string;
  apply: (edit: (document: FormDocument) => FormDocument) => FormDocument;
}

/**
 * "Show this field only when…" / "Required when…": conditions on other fields, all or any of them.
 * Rows being filled in stay here until complete; complete ones are written as the field's rule.
 */
export function LogicEditor({ path, effect, title, spec, fields, language, apply }: LogicEditorProps) {
  const id = useId();
  const state = useMemo(() => getFieldLogic(spec, path, effect), [spec, path, effect]);
  const [draft, setDraft] = useState<FieldLogic | null>(state.logic);
  const written = useRef(JSON.stringify(state.logic));
  useEffect(() => {
    const json = JSON.stringify(state.logic);
    if (json !== written.current) {
      written.current = json;
      setDraft(state.logic);
    }
  }, [state.logic]);
  const candidates = useMemo(() => listConditionFields(fields, path), [fields, path]);
  const byPath = new Map(candidates.map((field) => [field.path, field]));

  const update = (next: FieldLogic | null) => {
    const logic = next && next.conditions.length > 0 ? next : null;
    setDraft(logic);
    const document = apply((doc) => setFieldLogic(doc, path, effect, logic));
    written.current = JSON.stringify(getFieldLogic(document.spec, path, effect).logic);
  };
  const setRow = (index: number, row: ConditionRow) =>
    draft && update({ ...draft, conditions: draft.conditions.map((old, i) => (i === index ? row : old)) });
  const newRow = (): ConditionRow => ({ field: "", operator: "equals", value: undefined });

  return (
    <fieldset className="fb-logic">
      <legend>{title}</legend>
      {!state.editable ? (
        <p className="fb-hint">Several rules affect this field; a change here replaces them with one rule.</p>
      ) : null}
      {draft ? (
        <>
          <div className="fb-input">
            <label htmlFor={`${id}-match`}>Conditions that must hold</label>
            <select
              id={`${id}-match`}
              value={draft.match}
              onChange={(event) => update({ ...draft, match: event.target.value as "all" | "any" })}
            >
              <option value="all">All of them</option>
              <option value="any">Any of them</option>
            </select>
          </div>
          <ol className="fb-conditions">
            {draft.conditions.map((row, i) => (
              <ConditionLine
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
                key={i}
                number={i + 1}
                row={row}
                candidates={candidates}
                field={byPath.get(row.field)}
                spec={spec}
                language={language}
                onChange={(next) => setRow(i, next)}
                onRemove={() => update({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
              />
            ))}
          </ol>
          <button
            type="button"
            onClick={() => update({ ...draft, conditions: [...draft.conditions, newRow()] })}
          >
            Add condition
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setDraft({ match: "all", conditions: [newRow()] })}>
          Add condition
        </button>
      )}
    </fieldset>
  );
}

function ConditionLine(props: {
  number: number;
  row: ConditionRow;
  candidates: readonly OutlineField[];
  field: OutlineField | undefined;
  spec: FormSpec;
  language: string;
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
}) {
  const { number, row, field, onChange } = props;
  const id = useId();
  const operators = field ? listOperatorsFor(field.kind) : (["equals"] as ConditionOperator[]);
  const options = field ? listFieldOptions(props.spec, field.path) : [];
  const titles = field ? props.spec.texts[field.path]?.options : undefined;
  const optionTitle = (value: Scalar) => titles?.[String(value)]?.[props.language] ?? String(value);
  const coerce = (raw: string): Scalar => {
    if (field?.kind === "number") return Number(raw);
    const option = options.find((value) => String(value) === raw);
    return option ?? raw;
  };
  let valueInput: React.ReactNode;
  const valueId = `${id}-value`;
  if (row.operator === "filled") {
    valueInput = (
      <select
        id={valueId}
        value={row.value === undefined ? "" : String(row.value)}
        onChange={(e) =>
          onChange({ ...row, value: e.target.value === "" ? undefined : e.target.value === "true" })
        }
      >
        <option value="">Choose…</option>
        <option value="true">filled in</option>
        <option value="false">empty</option>
      </select>
    );
  } else if (options.length > 0 && row.operator === "in") {
    const selected = Array.isArray(row.value) ? row.value.map(String) : [];
    valueInput = (
      <select
        id={valueId}
        multiple
        value={selected}
        onChange={(e) =>
          onChange({ ...row, value: [...e.target.selectedOptions].map((o) => coerce(o.value)) })
        }
      >
        {options.map((value) => (
          <option key={String(value)} value={String(value)}>
            {optionTitle(value)}
          </option>
        ))}
      </select>
    );
  } else if (options.length > 0) {
    valueInput = (
      <select
        id={valueId}
        value={row.value === undefined ? "" : String(row.value)}
        onChange={(e) =>
          onChange({ ...row, value: e.target.value === "" ? undefined : coerce(e.target.value) })
        }
      >
        <option value="">Choose…</option>
        {options.map((value) => (
          <option key={String(value)} value={String(value)}>
            {optionTitle(value)}
          </option>
        ))}
      </select>
    );
  } else {
    const text = Array.isArray(row.value)
      ? row.value.join(", ")
      : row.value === undefined
        ? ""
        : String(row.value);
    valueInput = (
      <input
        id={valueId}
        type={field?.kind === "number" && row.operator !== "in" ? "number" : "text"}
        value={text}
        aria-describedby={row.operator === "in" ? `${id}-in-hint` : undefined}
        onChange={(e) => {
          const raw = e.target.value;
          if (row.operator === "in")
            onChange({
              ...row,
              value: raw
                .split(",")
                .map((part) => part.trim())
                .filter(Boolean)
                .map(coerce),
            });
          else onChange({ ...row, value: raw === "" ? undefined : coerce(raw) });
        }}
      />
    );
  }
  return (
    <li className="fb-condition">
      <div className="fb-input">
        <label htmlFor={`${id}-field`}>{`Condition ${number}: field`}</label>
        <select
          id={`${id}-field`}
          value={row.field}
          onChange={(e) => {
            const next = props.candidates.find((candidate) => candidate.path === e.target.value);
            const allowed = next ? listOperatorsFor(next.kind) : operators;
            const operator = allowed.includes(row.operator) ? row.operator : (allowed[0] ?? "equals");
            onChange({ field: e.target.value, operator, value: undefined });
          }}
        >
          <option value="">Choose a field…</option>
          {props.candidates.map((candidate) => (
            <option key={candidate.path} value={candidate.path}>
              {`${candidate.label} (${candidate.path})`}
            </option>
          ))}
        </select>
      </div>
      <div className="fb-input">
        <label htmlFor={`${id}-operator`}>{`Condition ${number}: operator`}</label>
        <select
          id={`${id}-operator`}
          value={row.operator}
          onChange={(e) =>
            onChange({ ...row, operator: e.target.value as ConditionOperator, value: undefined })
          }
        >
          {operators.map((operator) => (
            <option key={operator} value={operator}>
              {OPERATOR_NAMES[operator]}
            </option>
          ))}
        </select>
      </div>
      <div className="fb-input">
        <label htmlFor={valueId}>{`Condition ${number}: value`}</label>
        {valueInput}
        {row.operator === "in" && options.length === 0 ? (
          <span id={`${id}-in-hint`} className="fb-hint">
            Separate values with commas.
          </span>
        ) : null}
      </div>
      <button type="button" className="fb-danger" onClick={props.onRemove}>
        {`Remove condition ${number}`}
      </button>
    </li>
  );
}
