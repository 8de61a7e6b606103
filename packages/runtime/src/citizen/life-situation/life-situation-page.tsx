import { useParams } from "react-router";
import type { Catalog } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useCatalog } from "../app/use-catalog.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { sortServices } from "../catalog/search-services.ts";
import { ServiceList } from "../catalog/service-list.tsx";
import { Paragraphs } from "../i18n/paragraphs.tsx";
import { Text } from "../i18n/text.tsx";
import { AsyncView } from "../pages/async-view.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";

function LifeSituation({
  organisation,
  id,
  catalog,
}: {
  organisation: string;
  id: string;
  catalog: Catalog;
}) {
  const { locale, messages } = useLocale();
  const text = useText();
  const entry = catalog.lifeSituations.find((situation) => situation.id === id);
  usePageMeta(entry ? text(entry.spec.name) : undefined, text(catalog.organisation.spec.name));
  if (!entry) return <NotFoundPage title={messages.notFound.lifeSituation} />;
  const situation = entry.spec;
  const servicesOf = (ids: readonly string[]) =>
    catalog.services.filter((service) => ids.includes(service.id));
  const inStages = new Set(situation.stages.flatMap((stage) => stage.services));
  // Services that name this life situation but none of its stages.
  const others = sortServices(
    catalog.services.filter(
      (service) => service.spec.lifeSituations.includes(id) && !inStages.has(service.id),
    ),
    locale,
  );
  return (
    <article className="citizen-page">
      <h1>
        <Text value={situation.name} />
      </h1>
      <p className="citizen-lead">
        <Text value={situation.summary} />
      </p>
      <Paragraphs value={situation.description} />
      <h2>{messages.lifeSituation.stages}</h2>
      <ol className="citizen-stages">
        {situation.stages.map((stage) => (
          <li key={JSON.stringify(stage.name)} className="citizen-stage">
            <h3>
              <Text value={stage.name} />
            </h3>
            {stage.description ? (
              <p>
                <Text value={stage.description} />
              </p>
            ) : null}
            {stage.services.length > 0 ? (
              <ServiceList organisation={organisation} services={servicesOf(stage.services)} />
            ) : null}
          </li>
        ))}
      </ol>
      {others.length > 0 ? (
        <>
          <h2>{messages.catalog.servicesOf(text(situation.name))}</h2>
          <ServiceList organisation={organisation} services={others} />
        </>
      ) : null}
      {situation.contacts.length > 0 ? (
        <>
          <h2>{messages.lifeSituation.contacts}</h2>
          <ul className="citizen-contacts">
            {situation.contacts.map((person) => (
              <li key={person.name}>
                <strong>{person.name}</strong>, <Text value={person.role} />
                {person.phone ? (
                  <>
                    {" "}
                    · <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a>
                  </>
                ) : null}
                {person.email ? (
                  <>
                    {" "}
                    · <a href={`mailto:${person.email}`}>{person.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** `/:organisation/life-situations/:id`: a life situation, its stages and the services for each. */
export function LifeSituationPage() {
  const { organisation = "", id = "" } = useParams();
  const { messages } = useLocale();
  const catalog = useCatalog(organisation);
  return (
    <AsyncView state={catalog} notFoundTitle={messages.notFound.organisation}>
      {(data) => <LifeSituation organisation={organisation} id={id} catalog={data} />}
    </AsyncView>
  );
}
