import { type CompiledForm, compileForm, type FormSpec } from "@civitas/definitions/form";
import Form from "@rjsf/core";
import type { RegistryWidgetsType, RJSFSchema, TemplatesType } from "@rjsf/utils";
import { useCallback, useMemo, useRef, useState } from "react";
import { getRuntimeMessages } from "../i18n/runtime-messages.ts";
import { toFieldName } from "../paths/field-paths.ts";
import type { CivitasFormContext, UploadedFile, UploadFile } from "../theme/civitas-form-context.ts";
import { civitasTheme } from "../theme/civitas-theme.ts";
import { PageFields } from "../theme/page-fields.ts";
import { getValidator } from "../validation/get-validator.ts";
import { validateAnswers } from "../validation/validate-answers.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { issuesToErrorSchema } from "./issues-to-error-schema.ts";
import { ReviewAnswers } from "./review-answers.tsx";
import { useFileRegistry } from "./use-file-registry.ts";
import { useStructurallyStable } from "./use-structurally-stable.ts";
import { useWizard } from "./use-wizard.ts";
import { REVIEW_PAGE, wizardPagesOf } from "./wizard-pages.ts";
import { WizardProgress } from "./wizard-progress.tsx";

type Answers = Record<string, unknown>;

export interface CivitasFormProps {
  /** The form compiled for one language (`compileForm`), or ... */
  form?: CompiledForm;
  /** ... its definition, compiled here for `locale` (once per definition and language). */
  spec?: FormSpec;
  /** Language of the runtime's texts and validation messages; defaults to the compiled form's. */
  locale?: string;
  fallbackLocale?: string;
  /** The answers to start from, e.g. a resumed draft's. Read once: give the form a new `key` to load others. */
  initialData?: Answers;
  /** The page to start on, e.g. a resumed draft's `page`. */
  initialPage?: string | null;
  /** Every change of the answers (after the form has taken it; not blocking typing). */
  onChange?: (data: Answers) => void;
  /** The person moved to another page (`REVIEW_PAGE` for the review step). */
  onPageChange?: (pageId: string, data: Answers) => void;
  /** The person submitted from the review step with every page valid; a rejection is shown in words. */
  onSubmit?: (data: Answers) => void | Promise<void>;
  uploadFile?: UploadFile;
  /** Called when the person removes a file they attached (e.g. to delete it from the draft). */
  removeFile?: (id: string) => void | Promise<void>;
  /** Files already attached to the draft, to show their names. */
  files?: readonly UploadedFile[];
  /** Overrides of the theme, for the builder's preview and for tests. */
  templates?: Partial<TemplatesType>;
  widgets?: RegistryWidgetsType;
}

/**
 * Renders an e-form as a wizard: one page at a time with a progress indicator, Back and Next (Next
 * checks the page's own answers), a review of every answer with links to change them, then submit.
 * Problems are listed at the top, linked to their fields, and shown at each field.
 *
 * The answers live in one RJSF form for all pages, so moving between pages loses nothing and the
 * compiled logic (`if`/`then`) shows and hides fields live, across pages too. Typing repaints only
 * the field typed in; validation runs when a field is left and on Next, not on every keystroke.
 *
 * @example
 * ```tsx
 * import "@civitas/runtime/styles.css";
 * <CivitasForm spec={form.spec} locale="cs" initialData={draft.data} initialPage={draft.page}
 *   onChange={autosave.onChange} onPageChange={autosave.onPageChange} onSubmit={submit} uploadFile={upload} />
 * ```
 */
export function CivitasForm(props: CivitasFormProps) {
  const { form, spec, fallbackLocale } = props;
  const compiled = useMemo(
    () =>
      form ??
      compileForm(spec as FormSpec, {
        locale: props.locale ?? "en",
        ...(fallbackLocale ? { fallbackLocale } : {}),
      }),
    [form, spec, props.locale, fallbackLocale],
  );
  const locale = props.locale ?? compiled.locale;
  const messages = getRuntimeMessages(locale);
  const validator = getValidator(locale);
  const schema = useStructurallyStable(compiled.schema as RJSFSchema);
  const pages = useMemo(() => wizardPagesOf(compiled, messages.reviewTitle), [compiled, messages]);
  const [initialData] = useState(() => props.initialData ?? {});
  const data = useRef<Answers>(initialData);
  const callbacks = useRef(props);
  callbacks.current = props;
  const files = useFileRegistry(props.uploadFile, props.removeFile, props.files);

  const wizard = useWizard({
    pages,
    initialPage: props.initialPage ?? undefined,
    validate: () => validateAnswers(validator, schema, compiled.uiSchema, data.current, messages),
    data,
    onPageChange: props.onPageChange,
    onSubmit: props.onSubmit,
  });
  const { page, issues } = wizard;
  const isReview = page.id === REVIEW_PAGE;
  const formContext = useMemo<CivitasFormContext>(
    () => ({ locale, messages, files }),
    [locale, messages, files],
  );
  const extraErrors = useMemo(() => issuesToErrorSchema(issues), [issues]);
  const templates = useMemo(() => ({ ...civitasTheme.templates, ...props.templates }), [props.templates]);
  const widgets = useMemo(() => ({ ...civitasTheme.widgets, ...props.widgets }), [props.widgets]);
  const onChange = useCallback((event: { formData?: Answers }) => {
    data.current = event.formData ?? {};
    callbacks.current.onChange?.(data.current);
  }, []);

  return (
    <div ref={wizard.root} className="civitas-form" lang={locale}>
      <h1 className="civitas-form-title">{compiled.title}</h1>
      {wizard.index === 0 && compiled.description ? (
        <p className="civitas-form-description">{compiled.description}</p>
      ) : null}
      <WizardProgress pages={pages} current={wizard.index} messages={messages} />
      <h2 ref={wizard.heading} tabIndex={-1} className="civitas-page-title">
        {page.title}
      </h2>
      {page.description ? <p className="civitas-page-description">{page.description}</p> : null}
      <ErrorSummary
        ref={wizard.summary}
        issues={issues}
        messages={messages}
        onSelect={(issue) => wizard.show(issue.field, issue.fieldId)}
      />
      <PageFields.Provider value={page.fields}>
        <Form
          schema={schema}
          uiSchema={compiled.uiSchema}
          validator={validator}
          formContext={formContext}
          templates={templates}
          widgets={widgets}
          initialFormData={initialData}
          extraErrors={extraErrors}
          nameGenerator={toFieldName}
          noValidate
          noHtml5Validate
          showErrorList={false}
          onChange={onChange}
          onBlur={wizard.blur}
          onSubmit={(event) => {
            data.current = (event.formData as Answers | undefined) ?? data.current;
            if (isReview) void wizard.submit();
            else wizard.next();
          }}
        >
          {isReview ? (
            <ReviewAnswers
              pages={pages}
              schema={schema}
              uiSchema={compiled.uiSchema}
              validator={validator}
              data={data.current}
              locale={locale}
              messages={messages}
              files={files}
              onEdit={(_page, answer) => wizard.show(String(answer.path[0]), answer.fieldId)}
            />
          ) : null}
          {wizard.submission.error ? (
            <p role="alert" className="civitas-error-message civitas-submit-error">
              {messages.submitFailed(wizard.submission.error)}
            </p>
          ) : null}
          <div className="civitas-actions">
            {wizard.index > 0 ? (
              <button type="button" className="civitas-button civitas-button-secondary" onClick={wizard.back}>
                {messages.back}
              </button>
            ) : null}
            <button type="submit" className="civitas-button" disabled={wizard.submission.submitting}>
              {isReview
                ? wizard.submission.submitting
                  ? messages.submitting
                  : messages.submit
                : pages[wizard.index + 1]?.id === REVIEW_PAGE
                  ? messages.toReview
                  : messages.next}
            </button>
          </div>
        </Form>
      </PageFields.Provider>
    </div>
  );
}
