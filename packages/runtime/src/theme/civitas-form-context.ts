import type { Registry } from "@rjsf/utils";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";

/** A file stored on the server for a file field: what the field's value (`id`) refers to. */
export interface UploadedFile {
  id: string;
  filename: string;
  size: number;
}

/**
 * Uploads one file for a file field and resolves with what the server stored. `fieldPath` is the
 * field's path in the definition (`representatives[].courtDecision`), as the upload endpoint expects;
 * `onProgress` takes the part sent so far, from 0 to 1.
 */
export type UploadFile = (
  file: File,
  options: { fieldPath: string; onProgress: (fraction: number) => void },
) => Promise<UploadedFile>;

/** What the theme's templates and widgets read from RJSF's `formContext`. */
export interface CivitasFormContext {
  locale: string;
  messages: RuntimeMessages;
  files: FileRegistry;
}

/**
 * The files the form knows of, shared by the file widgets and the review step. One object for the
 * life of a form, so that RJSF's registry (compared deeply) never changes because of it.
 */
export interface FileRegistry {
  upload?: UploadFile | undefined;
  remove?: ((id: string) => void | Promise<void>) | undefined;
  known: Map<string, UploadedFile>;
}

/** The Civitas context of a registry; the theme is only ever used inside `CivitasForm`. */
export const civitasContextOf = (registry: Registry): CivitasFormContext =>
  registry.formContext as CivitasFormContext;
