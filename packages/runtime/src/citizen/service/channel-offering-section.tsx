import type { ChannelOffering, ChannelSpec, ServiceSpec } from "@civitas/definitions";
import { useId } from "react";
import { Link } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { Text } from "../i18n/text.tsx";
import { ChannelContact } from "./channel-contact.tsx";
import { CostList } from "./cost-list.tsx";

type Duration = NonNullable<ServiceSpec["processingTime"]>;

/**
 * How to use the service through one channel (LV-7): the channel and its type, its own description,
 * steps, the documents needed, fees, processing time, the office's address and hours, and for the
 * online channel the way into the e-form.
 */
export function ChannelOfferingSection({
  organisation,
  service,
  offering,
  channel,
}: {
  organisation: string;
  service: ServiceSpec;
  offering: ChannelOffering;
  channel: ChannelSpec | undefined;
}) {
  const { messages } = useLocale();
  const id = useId();
  const text = messages.channel;
  const documents = offering.documents
    .map((documentId) => service.evidence.find((evidence) => evidence.id === documentId))
    .filter((evidence) => evidence !== undefined);
  const costs = offering.costs.length > 0 ? offering.costs : service.costs;
  const time: Duration | undefined = offering.processingTime ?? service.processingTime;
  const duration = time
    ? [time.days ? messages.days(time.days) : "", time.hours ? messages.hours(time.hours) : ""]
        .filter(Boolean)
        .join(" ")
    : "";
  return (
    <section aria-labelledby={id} className="citizen-channel">
      <h3 id={id}>{channel ? <Text value={channel.name} /> : offering.channel}</h3>
      {channel ? <p className="citizen-channel-type">{messages.channelTypes[channel.type]}</p> : null}
      <p>
        <Text value={offering.description} />
      </p>
      {offering.form ? (
        <p>
          <Link className="civitas-button citizen-cta" to={`/${organisation}/forms/${offering.form}`}>
            {text.fillInForm}
          </Link>
        </p>
      ) : channel?.type === "online" && channel.url ? (
        <p>
          <a className="civitas-button citizen-cta" href={channel.url}>
            <Text value={channel.name} />
          </a>
        </p>
      ) : null}
      {offering.steps.length > 0 ? (
        <>
          <h4>{text.steps}</h4>
          <ol className="citizen-steps">
            {offering.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id and never reorder here
              <li key={index}>
                <Text value={step} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {documents.length > 0 ? (
        <>
          <h4>{text.documents}</h4>
          <ul className="citizen-documents">
            {documents.map((evidence) => (
              <li key={evidence.id}>
                <Text value={evidence.name} />
                {evidence.description ? (
                  <span className="citizen-muted">
                    {" – "}
                    <Text value={evidence.description} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <CostList costs={costs} heading={text.costs} />
      {time ? (
        <>
          <h4>{text.processingTime}</h4>
          <p>
            {duration}
            {duration && time.description ? " – " : null}
            {time.description ? <Text value={time.description} /> : null}
          </p>
        </>
      ) : null}
      {channel ? <ChannelContact channel={channel} /> : null}
    </section>
  );
}
