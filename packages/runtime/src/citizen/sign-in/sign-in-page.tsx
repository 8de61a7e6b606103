import { type FormEvent, useId, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { useSession } from "../app/session-context.tsx";
import { useCurrentOrganisation } from "../app/use-current-organisation.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { safeReturn } from "./safe-return.ts";

/** `/sign-in?return=…`: the demo identity provider (a name, nothing checked), then back to `return`. */
export function SignInPage() {
  const { messages } = useLocale();
  const text = messages.signInPage;
  const { citizen, signIn } = useSession();
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = safeReturn(params.get("return"), organisation ? `/${organisation}` : "/");
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  usePageMeta(text.title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = input.current?.value.trim() ?? "";
    if (!name) {
      setState({ busy: false, error: text.nameRequired });
      input.current?.focus();
      return;
    }
    setState({ busy: true });
    signIn(name).then(
      () => navigate(target, { replace: true }),
      (error: Error) => setState({ busy: false, error: text.failed(error.message) }),
    );
  };

  return (
    <div className="citizen-page citizen-sign-in">
      <h1>{text.title}</h1>
      <p className="citizen-notice">{text.demoNotice}</p>
      {citizen?.signedIn ? (
        <p>
          {text.already(citizen.name ?? "")} <Link to={target}>{text.continue}</Link>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className={`civitas-field${state.error ? " civitas-field-invalid" : ""}`}>
          <label htmlFor={`${ids}-name`} className="civitas-label">
            {text.nameLabel}
          </label>
          {state.error ? (
            <p id={`${ids}-error`} className="civitas-error-message" role="alert">
              {state.error}
            </p>
          ) : null}
          <input
            ref={input}
            id={`${ids}-name`}
            name="name"
            className="civitas-input citizen-name-input"
            autoComplete="name"
            maxLength={100}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? `${ids}-error` : undefined}
          />
        </div>
        <button type="submit" className="civitas-button" disabled={state.busy}>
          {state.busy ? text.submitting : text.submit}
        </button>
      </form>
    </div>
  );
}
