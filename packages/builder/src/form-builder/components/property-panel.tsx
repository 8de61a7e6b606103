import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import type { FormOutline, OutlineField } from "../model/form-outline.ts";
import type { GroupedProblems } from "../model/problems-by-field.ts";
import type { Selection } from "./builder-store.ts";
import { FieldProperties } from "./field-properties.tsx";
import { FormProperties, PageProperties } from "./page-properties.tsx";
import { ProblemList } from "./problem-list.tsx";

interface PropertyPanelProps {
  selection: Selection;
  spec: FormSpec;
  outline: FormOutline;
  allFields: readonly OutlineField[];
  languages: readonly string[];
  problems: GroupedProblems;
  apply: (edit: (document: FormDocument) => FormDocument) => FormDocument;
  select: (selection: Selection) => void;
  remove: (path: string) => void;
  /** The properties are shown greyed out, for someone who may not change the form. */
  readOnly: boolean;
}

/** The right column: what is selected, and below it the problems that belong to no field or page. */
export function PropertyPanel(props: PropertyPanelProps) {
  const { selection, spec, languages, apply, select } = props;
  const field = selection.kind === "field" ? props.outline.fields.get(selection.path) : undefined;
  return (
    <section className="fb-properties" aria-labelledby="fb-properties-title">
      <h2 id="fb-properties-title">Properties</h2>
      <fieldset className="fb-properties-fields" disabled={props.readOnly}>
        <legend className="fb-visually-hidden">
          {props.readOnly ? "Properties, read only" : "Properties of the selection"}
        </legend>
        {field ? (
          <FieldProperties
            key={field.path}
            field={field}
            spec={spec}
            outline={props.outline}
            allFields={props.allFields}
            languages={languages}
            problems={props.problems.byField.get(field.path) ?? []}
            apply={apply}
            onPathChange={(path) => select({ kind: "field", path })}
            onRemove={() => props.remove(field.path)}
          />
        ) : selection.kind === "page" && spec.pages[selection.index] ? (
          <PageProperties
            key={selection.index}
            index={selection.index}
            spec={spec}
            languages={languages}
            problems={props.problems.byPage.get(selection.index) ?? []}
            apply={apply}
            onIndexChange={(index) => select(index === null ? { kind: "form" } : { kind: "page", index })}
          />
        ) : (
          <FormProperties spec={spec} languages={languages} apply={apply} />
        )}
      </fieldset>
      <ProblemList problems={props.problems.rest} title="Other problems of the form" />
    </section>
  );
}
