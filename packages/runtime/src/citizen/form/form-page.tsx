import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import type { PublishedForm } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useSession } from "../app/session-context.tsx";
import { useAsync } from "../app/use-async.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { AsyncView } from "../pages/async-view.tsx";
import { FormSession } from "./form-session.tsx";
import { getPublishedForm } from "./get-published-form.ts";
import { type ResumeTokens, resumeTokens } from "./resume-tokens.ts";

/** The draft and token of a resume link (`?draft=<id>#token=<token>`), taken out of the address bar. */
function takeResumeLink(search: string, hash: string) {
  const draftId = new URLSearchParams(search).get("draft");
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  if (!draftId || !token) return undefined;
  // The token opens the draft: keep it out of the history and of anything that reads the address.
  history.replaceState(history.state, "", location.pathname);
  return { draftId, token };
}

function SignInFirst({ published }: { published: PublishedForm }) {
  const { messages } = useLocale();
  const text = useText();
  const { pathname, search } = useLocation();
  const title = text(published.definition.name);
  usePageMeta(title, text(published.organisationName));
  return (
    <div className="citizen-page">
      <h1>{title}</h1>
      <div className="citizen-notice">
        <h2>{messages.form.signInTitle}</h2>
        <p>{messages.form.signInText}</p>
        <p>
          <Link className="civitas-button" to={`/sign-in?return=${encodeURIComponent(pathname + search)}`}>
            {messages.form.signInAction}
          </Link>
        </p>
      </div>
    </div>
  );
}

/**
 * `/:organisation/forms/:form`: the e-form. A form that is not anonymous asks to sign in first;
 * otherwise the person's draft is resumed (or started) and filled in with autosave.
 */
export function FormPage() {
  const { organisation = "", form = "" } = useParams();
  const { messages } = useLocale();
  const { citizen } = useSession();
  const { search, hash } = useLocation();
  const [link] = useState(() => takeResumeLink(search, hash));
  const [tokens] = useState<ResumeTokens>(() => resumeTokens());
  const latest = useAsync(() => getPublishedForm(organisation, form), [organisation, form]);
  return (
    <AsyncView state={latest} notFoundTitle={messages.notFound.form}>
      {(published) =>
        !citizen ? (
          <p role="status" className="citizen-loading">
            {messages.loading}
          </p>
        ) : !citizen.signedIn && !published.definition.submission.allowAnonymous ? (
          <SignInFirst published={published} />
        ) : (
          <FormSession
            key={`${organisation}/${form}/${citizen.signedIn}`}
            latest={published}
            signedIn={citizen.signedIn}
            initialLink={citizen.signedIn ? undefined : link}
            tokens={tokens}
          />
        )
      }
    </AsyncView>
  );
}
