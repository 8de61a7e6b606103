import type { CompiledForm } from "@civitas/definitions/form";

/** A step of the wizard: a page of the form, or the review of every answer before submitting. */
export interface WizardPage {
  id: string;
  title: string;
  description?: string;
  /** Top-level fields shown on the page; none on the review step. */
  fields: string[];
}

/** The id of the review step, kept in drafts like a page id (page ids are plain words, so no clash). */
export const REVIEW_PAGE = "@review";

/** The form's pages, or one page of every field for a form that has none, followed by the review step. */
export function wizardPagesOf(form: CompiledForm, reviewTitle: string): WizardPage[] {
  const pages: WizardPage[] =
    form.pages.length > 0
      ? form.pages.map((page) => ({ ...page, fields: [...page.fields] }))
      : [{ id: "form", title: form.title, fields: Object.keys((form.schema.properties as object) ?? {}) }];
  return [...pages, { id: REVIEW_PAGE, title: reviewTitle, fields: [] }];
}
