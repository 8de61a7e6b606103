import type { FormDocument } from "@civitas/definitions";
import { FormBuilder } from "../form-builder/index.ts";
import type { DefinitionProblem } from "./registry-api.ts";

export interface FormEditorSlotProps {
  document: FormDocument;
  onChange(next: FormDocument): void;
  languages: readonly string[];
  problems?: readonly DefinitionProblem[];
  readOnly?: boolean;
}

/** The Edit tab of a Form: the visual form builder (this page keeps undo, saving and the source). */
export function FormEditorSlot(props: FormEditorSlotProps) {
  return <FormBuilder {...props} />;
}
