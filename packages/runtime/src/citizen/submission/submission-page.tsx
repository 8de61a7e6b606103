import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { ApiError, apiRequest } from "../../api/api-request.ts";
import type { OwnSubmission } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useAsync } from "../app/use-async.ts";
import { useCatalog } from "../app/use-catalog.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { resumeTokens } from "../form/resume-tokens.ts";
import { formattersFor } from "../i18n/formatters.ts";
import { Text } from "../i18n/text.tsx";
import { AsyncView } from "../pages/async-view.tsx";
import { ReceiptDownload } from "./receipt-download.tsx";
import { StateHistory } from "./state-history.tsx";

function SignInToSee() {
  const { messages } = useLocale();
  const { pathname } = useLocation();
  usePageMeta(messages.notFound.submission);
  return (
    <div className="citizen-page">
      <h1>{messages.notFound.submission}</h1>
      <p>{messages.submission.signInText}</p>
      <p>
        <Link className="civitas-button" to={`/sign-in?return=${encodeURIComponent(pathname)}`}>
          {messages.signIn}
        </Link>
      </p>
    </div>
  );
}

function Submission({ submission, resumeToken }: { submission: OwnSubmission; resumeToken?: string }) {
  const { locale, messages } = useLocale();
  const text = useText();
  const { state } = useLocation();
  const navigate = useNavigate();
  // "Just submitted" is said once: not again after a reload or on coming back later.
  const [submitted] = useState(() => (state as { submitted?: boolean } | null)?.submitted === true);
  useEffect(() => {
    if (submitted) navigate(".", { replace: true, state: null });
  }, [submitted, navigate]);
  const catalog = useCatalog(submission.organisation);
  const format = formattersFor(locale);
  const formName =
    catalog.status === "ready"
      ? catalog.data.forms.find((form) => form.id === submission.form)?.name
      : undefined;
  const title = messages.submission.title(submission.caseNumber);
  usePageMeta(title, catalog.status === "ready" ? text(catalog.data.organisation.spec.name) : undefined);
  const words = messages.submission;
  return (
    <div className="citizen-page citizen-case">
      <h1>{title}</h1>
      {submitted ? <p className="citizen-notice citizen-notice-success">{words.submitted}</p> : null}
      <div className="citizen-case-number">
        <span>{words.caseNumber}</span>
        <strong>{submission.caseNumber}</strong>
      </div>
      <dl className="citizen-facts">
        <div>
          <dt>{words.form}</dt>
          <dd>{formName ? <Text value={formName} /> : submission.form}</dd>
        </div>
        <div>
          <dt>{words.state}</dt>
          <dd className="citizen-case-state">{messages.caseStates[submission.state]}</dd>
        </div>
        <div>
          <dt>{words.submittedAt}</dt>
          <dd>{format.dateTime(submission.submittedAt)}</dd>
        </div>
        {submission.externalReference ? (
          <div>
            <dt>{words.reference}</dt>
            <dd>{submission.externalReference}</dd>
          </div>
        ) : null}
      </dl>
      {resumeToken ? <p className="citizen-notice">{words.thisDeviceOnly}</p> : null}
      <h2>{words.receipt}</h2>
      <ReceiptDownload
        submissionId={submission.id}
        caseNumber={submission.caseNumber}
        resumeToken={resumeToken}
      />
      <h2>{words.history}</h2>
      <StateHistory history={submission.history} />
    </div>
  );
}

/** `/:organisation/submissions/:id`: the confirmation and case page of one submission. */
export function SubmissionPage() {
  const { id = "" } = useParams();
  const { messages } = useLocale();
  const [resumeToken] = useState(() => resumeTokens().submission(id));
  const submission = useAsync(async () => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ApiError(404, "not-found", "no such submission");
    return apiRequest<OwnSubmission>(`/submissions/${id}`, { resumeToken });
  }, [id, resumeToken]);
  if (
    submission.status === "error" &&
    submission.error instanceof ApiError &&
    submission.error.status === 401
  )
    return <SignInToSee />;
  return (
    <AsyncView state={submission} notFoundTitle={messages.notFound.submission}>
      {(data) => <Submission submission={data} {...(resumeToken ? { resumeToken } : {})} />}
    </AsyncView>
  );
}
