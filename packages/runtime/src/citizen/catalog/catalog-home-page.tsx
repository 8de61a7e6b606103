import { useId } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { Catalog } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useCatalog } from "../app/use-catalog.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { Text } from "../i18n/text.tsx";
import { AsyncView } from "../pages/async-view.tsx";
import { searchServices, sortServices } from "./search-services.ts";
import { ServiceList } from "./service-list.tsx";

function CatalogHome({ organisation, catalog }: { organisation: string; catalog: Catalog }) {
  const { locale, messages } = useLocale();
  const text = useText();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const name = text(catalog.organisation.spec.name);
  usePageMeta(name);
  const found = query.trim() ? searchServices(catalog.services, query, locale) : undefined;
  return (
    <div className="citizen-page">
      <h1>{name}</h1>
      <p className="citizen-lead">{messages.catalog.intro}</p>
      <search className="citizen-search">
        <form onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${ids}-q`} className="civitas-label">
            {messages.catalog.searchLabel}
          </label>
          <p id={`${ids}-hint`} className="civitas-help">
            {messages.catalog.searchHint}
          </p>
          <input
            id={`${ids}-q`}
            type="search"
            className="civitas-input citizen-search-input"
            aria-describedby={`${ids}-hint`}
            value={query}
            onChange={(event) =>
              setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })
            }
          />
        </form>
        <p role="status" className="citizen-search-status">
          {found ? messages.catalog.results(found.length, query.trim()) : ""}
        </p>
      </search>
      {found ? (
        <ServiceList organisation={organisation} services={found} />
      ) : (
        <>
          <section aria-labelledby={`${ids}-situations`}>
            <h2 id={`${ids}-situations`}>{messages.catalog.lifeSituations}</h2>
            <ul className="citizen-cards">
              {catalog.lifeSituations.map((situation) => (
                <li key={situation.id} className="citizen-card">
                  <h3>
                    <Link to={`/${organisation}/life-situations/${situation.id}`}>
                      <Text value={situation.spec.name} />
                    </Link>
                  </h3>
                  <p>
                    <Text value={situation.spec.summary} />
                  </p>
                  <ServiceList
                    organisation={organisation}
                    services={sortServices(
                      catalog.services.filter((service) =>
                        service.spec.lifeSituations.includes(situation.id),
                      ),
                      locale,
                    )}
                  />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby={`${ids}-all`}>
            <h2 id={`${ids}-all`}>{messages.catalog.allServices}</h2>
            <ServiceList organisation={organisation} services={sortServices(catalog.services, locale)} />
          </section>
        </>
      )}
    </div>
  );
}

/** `/:organisation`: search, services by life situation, all services. */
export function CatalogHomePage() {
  const { organisation = "" } = useParams();
  const { messages } = useLocale();
  const catalog = useCatalog(organisation);
  return (
    <AsyncView state={catalog} notFoundTitle={messages.notFound.organisation}>
      {(data) => <CatalogHome organisation={organisation} catalog={data} />}
    </AsyncView>
  );
}
