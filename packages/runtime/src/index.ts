/**
 * @civitas/runtime — renders the platform's e-forms (RJSF with an accessible theme of its own), keeps
 * drafts saved on the server as people type, and speaks Czech, English and Latvian.
 *
 * Styles: `import "@civitas/runtime/styles.css"`.
 */

export { ApiError, type ApiRequestOptions, apiRequest } from "./api/api-request.ts";
export {
  type AutosaveClient,
  type AutosaveOptions,
  createAutosaveClient,
} from "./autosave/autosave-client.ts";
export type { AutosaveState, AutosaveStatus } from "./autosave/autosave-state.ts";
export { AutosaveStatusText } from "./autosave-react/autosave-status-text.tsx";
export { type Autosave, useAutosave } from "./autosave-react/use-autosave.ts";
export { useAutosaveState } from "./autosave-react/use-autosave-state.ts";
export {
  type AttachmentUploaderOptions,
  createAttachmentUploader,
} from "./drafts-api/create-attachment-uploader.ts";
export { CivitasForm, type CivitasFormProps } from "./form/civitas-form.tsx";
export { REVIEW_PAGE } from "./form/wizard-pages.ts";
export { localizeValidationErrors } from "./i18n/localize-validation-errors.ts";
export { getRuntimeMessages, type RuntimeLocale, type RuntimeMessages } from "./i18n/runtime-messages.ts";
export type { UploadedFile, UploadFile } from "./theme/civitas-form-context.ts";
export { civitasTheme } from "./theme/civitas-theme.ts";
export { getValidator } from "./validation/get-validator.ts";
