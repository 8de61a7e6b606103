import "../../src/styles/civitas.css";
import type { FormSpec } from "@civitas/definitions/form";
import { createRoot, type Root } from "react-dom/client";
import { AutosaveStatusText, CivitasForm, useAutosave } from "../../src/index.ts";

// What the embed holds, for its size while `src/embed/main.tsx` does not exist yet: a custom element
// that loads a form and its draft and renders CivitasForm with autosave and the save status.
function EmbeddedForm({
  spec,
  draft,
  locale,
}: {
  spec: FormSpec;
  draft: { id: string; revision: number };
  locale: string;
}) {
  const autosave = useAutosave({ draftId: draft.id, revision: draft.revision, credentials: "include" });
  return (
    <>
      <AutosaveStatusText client={autosave.client} locale={locale} onReload={() => location.reload()} />
      <CivitasForm
        spec={spec}
        locale={locale}
        initialData={autosave.initialData}
        initialPage={autosave.initialPage}
        onChange={autosave.onChange}
        onPageChange={autosave.onPageChange}
      />
    </>
  );
}

class ServiceForm extends HTMLElement {
  #root: Root | undefined;
  async connectedCallback() {
    const locale = this.getAttribute("lang") ?? "cs";
    const base = `/api/v1/forms/${encodeURIComponent(this.getAttribute("service") ?? "")}`;
    const [spec, draft] = await Promise.all([
      fetch(base, { credentials: "include" }).then((response) => response.json()),
      fetch(`${base}/drafts`, { method: "POST", credentials: "include" }).then((response) => response.json()),
    ]);
    this.#root = createRoot(this);
    this.#root.render(<EmbeddedForm spec={spec} draft={draft} locale={locale} />);
  }
  disconnectedCallback() {
    this.#root?.unmount();
  }
}

customElements.define("x-service-form", ServiceForm);
