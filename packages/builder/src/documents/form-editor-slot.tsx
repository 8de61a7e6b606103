import type { FormDocument } from "@civitas/definitions";
import type { DefinitionProblem } from "./registry-api.ts";

export interface FormEditorSlotProps {
  document: FormDocument;
  onChange(next: FormDocument): void;
  languages: readonly string[];
  problems?: readonly DefinitionProblem[];
}

/** Where the visual form builder goes; until it is there, a Form is edited in the Source tab. */
export function FormEditorSlot(_props: FormEditorSlotProps) {
  return <p>The visual form builder is not available yet. Edit this form in the Source tab.</p>;
}
