import type { FormDocument } from "@civitas/definitions";
import type { FormSpec } from "@civitas/definitions/form";
import { movePage, removePage, setFormText, setPageText } from "../model/form-pages.ts";
import type { BuilderProblem } from "../model/problems-by-field.ts";
import { LocalizedInputs } from "./inputs.tsx";
import { ProblemList } from "./problem-list.tsx";

type Apply = (edit: (document: FormDocument) => FormDocument) => FormDocument;

/** A page's title and description (where information texts go), its place and removal. */
export function PageProperties(props: {
  index: number;
  spec: FormSpec;
  languages: readonly string[];
  problems: readonly BuilderProblem[];
  apply: Apply;
  onIndexChange: (index: number | null) => void;
}) {
  const { index, spec, languages, apply } = props;
  const page = spec.pages[index];
  if (!page) return null;
  const count = spec.pages.length;
  return (
    <div className="fb-properties-body">
      <h3>{`Page ${index + 1}`}</h3>
      <ProblemList problems={props.problems} title="Problems of this page" />
      <LocalizedInputs
        label="Page title"
        values={page.title}
        languages={languages}
        onChange={(language, value) => apply((doc) => setPageText(doc, index, "title", language, value))}
      />
      <LocalizedInputs
        label="Page description"
        values={page.description}
        languages={languages}
        multiline
        onChange={(language, value) =>
          apply((doc) => setPageText(doc, index, "description", language, value))
        }
      />
      <p className="fb-hint">The description is shown under the page title: use it for information texts.</p>
      <div className="fb-button-row">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            apply((doc) => movePage(doc, index, index - 1));
            props.onIndexChange(index - 1);
          }}
        >
          Move page up
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => {
            apply((doc) => movePage(doc, index, index + 1));
            props.onIndexChange(index + 1);
          }}
        >
          Move page down
        </button>
        <button
          type="button"
          className="fb-danger"
          onClick={() => {
            apply((doc) => removePage(doc, index));
            props.onIndexChange(null);
          }}
        >
          Remove page and its fields
        </button>
      </div>
    </div>
  );
}

/** The form's own name and description, shown when nothing is selected. */
export function FormProperties(props: { spec: FormSpec; languages: readonly string[]; apply: Apply }) {
  const { spec, languages, apply } = props;
  return (
    <div className="fb-properties-body">
      <h3>The form</h3>
      <LocalizedInputs
        label="Form name"
        values={spec.name}
        languages={languages}
        onChange={(language, value) => apply((doc) => setFormText(doc, "name", language, value))}
      />
      <LocalizedInputs
        label="Form description"
        values={spec.description}
        languages={languages}
        multiline
        onChange={(language, value) => apply((doc) => setFormText(doc, "description", language, value))}
      />
      <p className="fb-hint">Select a field or a page on the canvas to edit it.</p>
    </div>
  );
}
