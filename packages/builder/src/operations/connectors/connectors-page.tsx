import "../operations.css";
import { AdminOnly } from "../shared/admin-only.tsx";
import { errorText } from "../shared/error-text.ts";
import type { OperationsPageProps } from "../shared/page-props.ts";
import { useLoad } from "../shared/use-load.ts";
import { type FormRoutes, getFormRoutes, listForms } from "./connectors-api.ts";
import { FormRoutesTable } from "./form-routes-table.tsx";

async function loadAll(organisation: string): Promise<FormRoutes[]> {
  const forms = await listForms(organisation);
  const results = await Promise.allSettled(forms.map((form) => getFormRoutes(organisation, form)));
  return results.map((result, index) => {
    if (result.status === "fulfilled") return result.value;
    const form = forms[index] as (typeof forms)[number];
    return {
      id: form.id,
      name: form.id,
      archived: form.archived,
      version: form.latestVersion,
      routes: [],
      changedInWorkingCopy: false,
      error: errorText(result.reason),
    };
  });
}

/** Read-only: where each form of the organisation delivers its submissions. */
export function ConnectorsPage({ organisation, roles }: OperationsPageProps) {
  return (
    <AdminOnly title="Connectors" organisation={organisation} roles={roles}>
      <ConnectorOverview organisation={organisation} />
    </AdminOnly>
  );
}

function ConnectorOverview({ organisation }: { organisation: string }) {
  const forms = useLoad(() => loadAll(organisation), organisation);
  const routed = forms.data?.reduce((sum, form) => sum + form.routes.length, 0) ?? 0;
  return (
    <section className="ops-page" aria-labelledby="ops-page-title">
      <h1 id="ops-page-title">Connectors</h1>
      <p className="ops-intro">
        Where the submissions of each form of {organisation} are delivered. Routes are part of a form's
        definition (<code>spec.submission.routes</code>): to change one, open the form's definition, edit it
        and publish it. Secrets are held by the server: a route names the server setting that holds its
        secret.
      </p>
      <p role="status" className="ops-live">
        {forms.loading
          ? "Loading the forms…"
          : forms.data
            ? `${forms.data.length} ${forms.data.length === 1 ? "form" : "forms"} with ${routed} ${routed === 1 ? "route" : "routes"} in all.`
            : ""}
      </p>
      {forms.error ? (
        <p role="alert" className="ops-notice ops-notice-error">
          The forms could not be loaded: {forms.error}
        </p>
      ) : null}
      {forms.data?.length === 0 ? <p>The organisation has no forms yet.</p> : null}
      {forms.data?.map((form) => (
        <FormRoutesTable key={form.id} organisation={organisation} form={form} />
      ))}
    </section>
  );
}
