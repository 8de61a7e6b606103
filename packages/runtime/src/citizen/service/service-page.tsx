import { useId } from "react";
import { Link, useParams } from "react-router";
import type { Catalog } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useCatalog } from "../app/use-catalog.ts";
import { usePageMeta } from "../app/use-page-meta.ts";
import { useText } from "../app/use-text.ts";
import { Paragraphs } from "../i18n/paragraphs.tsx";
import { Text } from "../i18n/text.tsx";
import { AsyncView } from "../pages/async-view.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import { ChannelOfferingSection } from "./channel-offering-section.tsx";
import { ServiceDetails } from "./service-details.tsx";

function Service({ organisation, id, catalog }: { organisation: string; id: string; catalog: Catalog }) {
  const { messages } = useLocale();
  const text = useText();
  const ids = useId();
  const entry = catalog.services.find((service) => service.id === id);
  usePageMeta(entry ? text(entry.spec.name) : undefined, text(catalog.organisation.spec.name));
  if (!entry) return <NotFoundPage title={messages.notFound.service} />;
  const service = entry.spec;
  const situations = catalog.lifeSituations.filter((situation) =>
    service.lifeSituations.includes(situation.id),
  );
  return (
    <article className="citizen-page citizen-service">
      <h1>
        <Text value={service.name} />
      </h1>
      <p className="citizen-lead">
        <Text value={service.summary} />
      </p>
      <Paragraphs value={service.description} />
      {situations.length > 0 ? (
        <p className="citizen-tags">
          <span>{messages.service.lifeSituations}: </span>
          {situations.map((situation, index) => (
            <span key={situation.id}>
              {index > 0 ? ", " : null}
              <Link to={`/${organisation}/life-situations/${situation.id}`}>
                <Text value={situation.spec.name} />
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {service.requirements.length > 0 ? (
        <section aria-labelledby={`${ids}-requirements`}>
          <h2 id={`${ids}-requirements`}>{messages.service.requirements}</h2>
          <ul>
            {service.requirements.map((requirement) => (
              <li key={JSON.stringify(requirement.name)}>
                <strong>
                  <Text value={requirement.name} />
                </strong>
                {requirement.description ? (
                  <>
                    {" – "}
                    <Text value={requirement.description} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={`${ids}-apply`}>
        <h2 id={`${ids}-apply`}>{messages.service.howToApply}</h2>
        {service.channelOfferings.length > 1 ? <p>{messages.service.howToApplyIntro}</p> : null}
        {service.channelOfferings.map((offering) => (
          <ChannelOfferingSection
            key={offering.channel}
            organisation={organisation}
            service={service}
            offering={offering}
            channel={catalog.channels.find((channel) => channel.id === offering.channel)?.spec}
          />
        ))}
      </section>
      <ServiceDetails service={service} language={catalog.organisation.spec.languages[0] ?? "en"} />
    </article>
  );
}

/** `/:organisation/services/:service`: a service and how to use it through each of its channels. */
export function ServicePage() {
  const { organisation = "", service = "" } = useParams();
  const { messages } = useLocale();
  const catalog = useCatalog(organisation);
  return (
    <AsyncView state={catalog} notFoundTitle={messages.notFound.organisation}>
      {(data) => <Service organisation={organisation} id={service} catalog={data} />}
    </AsyncView>
  );
}
