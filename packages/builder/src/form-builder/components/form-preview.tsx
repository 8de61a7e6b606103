import type { FormSpec } from "@civitas/definitions/form";
import { CivitasForm } from "@civitas/runtime";
import { Component, memo, type ReactNode, useDeferredValue, useId, useState } from "react";

class PreviewBoundary extends Component<
  { spec: FormSpec; children: ReactNode },
  { error: Error | null; spec: FormSpec }
> {
  override state = { error: null as Error | null, spec: this.props.spec };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  static getDerivedStateFromProps(props: { spec: FormSpec }, state: { spec: FormSpec }) {
    return props.spec === state.spec ? null : { error: null, spec: props.spec };
  }
  override render() {
    if (this.state.error)
      return (
        <p role="alert" className="fb-problem fb-problem-error">
          The preview cannot show this form yet: {this.state.error.message}
        </p>
      );
    return this.props.children;
  }
}

const PreviewForm = memo(function PreviewForm(props: {
  spec: FormSpec;
  locale: string;
  fallbackLocale: string;
}) {
  return (
    <PreviewBoundary spec={props.spec}>
      <CivitasForm spec={props.spec} locale={props.locale} fallbackLocale={props.fallbackLocale} />
    </PreviewBoundary>
  );
});

/**
 * The form as citizens get it, through the runtime. It follows the document a moment later
 * (useDeferredValue), so typing in the property panel is never held up by it.
 */
export const FormPreview = memo(function FormPreview({
  spec,
  languages,
}: {
  spec: FormSpec;
  languages: readonly string[];
}) {
  const id = useId();
  const deferred = useDeferredValue(spec);
  const [language, setLanguage] = useState(languages[0] ?? "en");
  const [phone, setPhone] = useState(false);
  return (
    <section className="fb-preview" aria-labelledby={`${id}-title`}>
      <div className="fb-preview-bar">
        <h2 id={`${id}-title`}>Preview</h2>
        <label htmlFor={`${id}-language`}>Preview language</label>
        <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((lang) => (
            <option key={lang} value={lang}>
              {lang}
            </option>
          ))}
        </select>
        <button type="button" aria-pressed={phone} onClick={() => setPhone(!phone)}>
          Phone
        </button>
        {deferred !== spec ? <span className="fb-hint">Updating…</span> : null}
      </div>
      <div
        className={phone ? "fb-preview-frame fb-preview-phone" : "fb-preview-frame"}
        data-testid="fb-preview-frame"
      >
        <PreviewForm spec={deferred} locale={language} fallbackLocale={languages[0] ?? language} />
      </div>
    </section>
  );
});
