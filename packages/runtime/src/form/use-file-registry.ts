import { useState } from "react";
import type { FileRegistry, UploadedFile, UploadFile } from "../theme/civitas-form-context.ts";

/**
 * One file registry for the life of a form (RJSF compares its registry deeply, so a new object would
 * re-render every field), kept up to date with the latest callbacks and the files already on the draft.
 */
export function useFileRegistry(
  upload: UploadFile | undefined,
  remove: ((id: string) => void | Promise<void>) | undefined,
  known: readonly UploadedFile[] | undefined,
): FileRegistry {
  const [files] = useState<FileRegistry>(() => ({ known: new Map() }));
  files.upload = upload;
  files.remove = remove;
  for (const file of known ?? []) if (!files.known.has(file.id)) files.known.set(file.id, file);
  return files;
}
