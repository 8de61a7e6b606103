import type { FormDocument } from "@civitas/definitions";
import { CatalogEditor } from "../catalog-editor/catalog-editor.tsx";
import { isCatalogKind } from "../catalog-editor/spec-schema.ts";
import { FormEditorSlot } from "./form-editor-slot.tsx";
import type { Content, DefinitionProblem } from "./registry-api.ts";

interface VisualEditorProps {
  kind: string;
  content: Content;
  onChange(next: Content, key?: string): void;
  languages: readonly string[];
  problems: readonly DefinitionProblem[];
  readOnly: boolean;
}

/** The Edit tab: the form builder for a Form, the catalog editor for the other kinds. */
export function VisualEditor({ kind, content, onChange, languages, problems, readOnly }: VisualEditorProps) {
  if (kind === "Form")
    return (
      <FormEditorSlot
        document={content as unknown as FormDocument}
        onChange={(next) => onChange(next as unknown as Content)}
        languages={languages}
        problems={problems}
        readOnly={readOnly}
      />
    );
  if (isCatalogKind(kind))
    return (
      <CatalogEditor
        kind={kind}
        document={content}
        onChange={onChange}
        languages={languages}
        problems={problems}
        readOnly={readOnly}
      />
    );
  return <p>There is no visual editor for a {kind}; edit it in the Source tab.</p>;
}
