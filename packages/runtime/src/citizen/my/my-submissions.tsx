import { useEffect, useState } from "react";
import { Link } from "react-router";
import { apiRequest } from "../../api/api-request.ts";
import type { Catalog, SubmissionSummary } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useAsync } from "../app/use-async.ts";
import { getCatalog } from "../app/use-catalog.ts";
import { formattersFor } from "../i18n/formatters.ts";
import { Text } from "../i18n/text.tsx";

/** The forms' names of the organisations the submissions went to (their catalogs, once each). */
function useFormNames(submissions: readonly SubmissionSummary[] | undefined) {
  const [catalogs, setCatalogs] = useState<Record<string, Catalog>>({});
  useEffect(() => {
    for (const organisation of new Set(submissions?.map((submission) => submission.organisation))) {
      getCatalog(organisation).then(
        (catalog) => setCatalogs((known) => ({ ...known, [organisation]: catalog })),
        () => undefined,
      );
    }
  }, [submissions]);
  return (submission: SubmissionSummary) =>
    catalogs[submission.organisation]?.forms.find((form) => form.id === submission.form)?.name;
}

/** The citizen's submissions, newest first: case number (to the case page), form, date, state. */
export function MySubmissions({ headingId }: { headingId: string }) {
  const { locale, messages } = useLocale();
  const format = formattersFor(locale);
  const words = messages.submission;
  const submissions = useAsync(
    () =>
      apiRequest<{ submissions: SubmissionSummary[] }>("/citizen/submissions").then(
        (answer) => answer.submissions,
      ),
    [],
  );
  const formName = useFormNames(submissions.status === "ready" ? submissions.data : undefined);
  if (submissions.status === "loading") return <p className="citizen-loading">{messages.loading}</p>;
  if (submissions.status === "error")
    return <p role="alert">{messages.loadFailed(submissions.error.message)}</p>;
  if (submissions.data.length === 0) return <p>{messages.my.noSubmissions}</p>;
  return (
    <table className="citizen-table" aria-labelledby={headingId}>
      <thead>
        <tr>
          <th scope="col">{words.caseNumber}</th>
          <th scope="col">{words.form}</th>
          <th scope="col">{words.submittedAt}</th>
          <th scope="col">{words.state}</th>
        </tr>
      </thead>
      <tbody>
        {submissions.data.map((submission) => {
          const name = formName(submission);
          return (
            <tr key={submission.id}>
              <th scope="row">
                <Link to={`/${submission.organisation}/submissions/${submission.id}`}>
                  {submission.caseNumber}
                </Link>
              </th>
              <td>{name ? <Text value={name} /> : submission.form}</td>
              <td>{format.dateTime(submission.submittedAt)}</td>
              <td>{messages.caseStates[submission.state]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
