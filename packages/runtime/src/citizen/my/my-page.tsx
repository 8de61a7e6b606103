import { useId } from "react";
import { Link } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { useSession } from "../app/session-context.tsx";
import { usePageMeta } from "../app/use-page-meta.ts";
import { MyDrafts } from "./my-drafts.tsx";
import { MySubmissions } from "./my-submissions.tsx";

/** `/my`: the signed-in citizen's drafts and submitted applications. */
export function MyPage() {
  const { messages } = useLocale();
  const { citizen } = useSession();
  const ids = useId();
  usePageMeta(citizen ? messages.my.title : undefined);
  if (!citizen)
    return (
      <p role="status" className="citizen-loading">
        {messages.loading}
      </p>
    );
  return (
    <div className="citizen-page">
      <h1>{messages.my.title}</h1>
      {citizen.signedIn ? (
        <>
          <section aria-labelledby={`${ids}-drafts`}>
            <h2 id={`${ids}-drafts`}>{messages.my.drafts}</h2>
            <MyDrafts headingId={`${ids}-drafts`} />
          </section>
          <section aria-labelledby={`${ids}-submissions`}>
            <h2 id={`${ids}-submissions`}>{messages.my.submissions}</h2>
            <MySubmissions headingId={`${ids}-submissions`} />
          </section>
        </>
      ) : (
        <>
          <p>{messages.my.signInText}</p>
          <p>
            <Link className="civitas-button" to="/sign-in?return=%2Fmy">
              {messages.signIn}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
