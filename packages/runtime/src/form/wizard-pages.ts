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

/** The form's pages (a form without pages has one of every field), followed by the review step. */
export function wizardPagesOf(form: CompiledForm, reviewTitle: string): WizardPage[] {
  const pages: WizardPage[] = form.pages.map((page) => ({ ...page, fields: [...page.fields] }));
  return [...pages, { id: REVIEW_PAGE, title: reviewTitle, fields: [] }];
}
