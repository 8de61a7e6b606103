import { Link, Navigate } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { readShellOrganisations } from "../app/shell-organisations.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { Text } from "../i18n/text.tsx";

/** `/`: the portal of the one organisation there is, or the list to choose from. */
export function OrganisationListPage() {
  const { messages } = useLocale();
  const organisations = readShellOrganisations();
  const only = organisations.length === 1 ? organisations[0] : undefined;
  usePageMeta(only ? undefined : messages.organisations.title);
  if (only) return <Navigate to={`/${only.id}`} replace />;
  return (
    <div className="citizen-page">
      <h1>{messages.organisations.title}</h1>
      {organisations.length === 0 ? (
        <p>{messages.organisations.none}</p>
      ) : (
        <>
          <p className="citizen-lead">{messages.organisations.intro}</p>
          <ul className="citizen-service-list">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/${organisation.id}`}>
                  <Text value={organisation.name} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
