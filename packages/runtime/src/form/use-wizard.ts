import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { FieldIssue } from "../validation/validate-answers.ts";
import { focusField, inDocumentOrder } from "./focus-field.ts";
import { REVIEW_PAGE, type WizardPage } from "./wizard-pages.ts";

type Focus = { to: "heading" } | { to: "summary" } | { to: "field"; fieldId: string };

export interface WizardOptions {
  pages: readonly WizardPage[];
  initialPage?: string | undefined;
  /** Every problem of the current answers, all pages. */
  validate: () => FieldIssue[];
  data: RefObject<Record<string, unknown>>;
  onPageChange?: ((pageId: string, data: Record<string, unknown>) => void) | undefined;
  onSubmit?: ((data: Record<string, unknown>) => void | Promise<void>) | undefined;
}

const sameIssues = (a: readonly FieldIssue[], b: readonly FieldIssue[]) =>
  a.length === b.length &&
  a.every((issue, i) => issue.fieldId === b[i]?.fieldId && issue.message === b[i]?.message);

/**
 * The wizard's state: the page shown, the problems shown, and where the focus goes. A page's
 * problems are all shown once Next was tried on it; before that only those of fields the person
 * left (not "required": leaving an empty field is not a mistake). Next moves on only when the
 * page's own fields are fine; Submit checks every page.
 */
export function useWizard(options: WizardOptions) {
  const { pages } = options;
  const latest = useRef(options);
  latest.current = options;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      pages.findIndex((page) => page.id === options.initialPage),
    ),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [submission, setSubmission] = useState<{ submitting: boolean; error?: string }>({
    submitting: false,
  });
  const [focus, setFocus] = useState<{ target: Focus } | null>(null);
  const submitting = useRef(false);
  const attempted = useRef(new Set<string>());
  const touched = useRef(new Set<string>());
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLElement>(null);
  const current = Math.min(index, pages.length - 1);
  const page = pages[current] as WizardPage;
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    if (target.to === "heading") heading.current?.focus();
    else if (target.to === "summary") summary.current?.focus();
    else if (root.current) focusField(root.current, target.fieldId);
  }, [focus]);

  const pageOf = (issue: FieldIssue) =>
    latest.current.pages.findIndex((candidate) => candidate.fields.includes(issue.field));
  function shownOn(all: FieldIssue[], target: WizardPage): FieldIssue[] {
    if (target.id === REVIEW_PAGE)
      return attempted.current.has(REVIEW_PAGE) ? [...all].sort((a, b) => pageOf(a) - pageOf(b)) : [];
    const fields = new Set(target.fields);
    const shown = all.filter(
      (issue) =>
        fields.has(issue.field) &&
        (attempted.current.has(target.id) ||
          (touched.current.has(issue.fieldId) && issue.keyword !== "required")),
    );
    return root.current ? inDocumentOrder(root.current, shown) : shown;
  }

  // Other pages (another language's texts, or an edited definition in the builder's preview): stay on
  // the page shown, by its id, and show its problems again in the new words.
  const shownPages = useRef(pages);
  useEffect(() => {
    if (shownPages.current === pages) return;
    const shownId = shownPages.current[currentRef.current]?.id;
    shownPages.current = pages;
    const found = pages.findIndex((candidate) => candidate.id === shownId);
    const target = pages[found >= 0 ? found : Math.min(currentRef.current, pages.length - 1)];
    if (found >= 0 && found !== currentRef.current) setIndex(found);
    if (target) setIssues(shownOn(latest.current.validate(), target));
  });

  // Stable, so that RJSF's `onBlur` never changes; it reads everything through refs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: shownOn reads only refs
  const blur = useCallback((fieldId: string) => {
    touched.current.add(fieldId);
    setTimeout(() => {
      const shownPage = latest.current.pages[currentRef.current];
      if (!shownPage || shownPage.id === REVIEW_PAGE) return;
      const shown = shownOn(latest.current.validate(), shownPage);
      setIssues((previous) => (sameIssues(previous, shown) ? previous : shown));
    }, 0);
  }, []);

  const goTo = (target: number, then: Focus = { to: "heading" }) => {
    const next = pages[target];
    if (!next) return;
    setIndex(target);
    setIssues(shownOn(latest.current.validate(), next));
    setFocus({ target: then });
    latest.current.onPageChange?.(next.id, latest.current.data.current);
  };

  return {
    root,
    heading,
    summary,
    index: current,
    page,
    issues,
    submission,
    next() {
      attempted.current.add(page.id);
      const found = shownOn(latest.current.validate(), page);
      if (found.length === 0) return goTo(current + 1);
      setIssues(found);
      setFocus({ target: { to: "summary" } });
    },
    back: () => goTo(current - 1),
    /** Re-checks the current page after the person left a field (once the form has taken its value). */
    blur,
    /** Shows the page of an answer and puts the focus on it. */
    show(field: string, fieldId: string) {
      const target = pages.findIndex((candidate) => candidate.fields.includes(field));
      if (target === current) setFocus({ target: { to: "field", fieldId } });
      else goTo(target, { to: "field", fieldId });
    },
    async submit() {
      if (submitting.current) return;
      for (const each of pages) attempted.current.add(each.id);
      const found = shownOn(latest.current.validate(), page);
      if (found.length > 0) {
        setIssues(found);
        setFocus({ target: { to: "summary" } });
        return;
      }
      submitting.current = true;
      setSubmission({ submitting: true });
      try {
        await latest.current.onSubmit?.(latest.current.data.current);
        setSubmission({ submitting: false });
      } catch (error) {
        setSubmission({ submitting: false, error: error instanceof Error ? error.message : String(error) });
      } finally {
        submitting.current = false;
      }
    },
  };
}
