import type { ChannelSpec } from "@civitas/definitions";
import type { ReactNode } from "react";
import { useLocale } from "../app/locale-context.tsx";
import { Text } from "../i18n/text.tsx";
import { OpeningHoursView } from "./opening-hours-view.tsx";

/** Where and how to reach a channel: address and opening hours of an office, phone, e-mail, data box, web. */
export function ChannelContact({ channel }: { channel: ChannelSpec }) {
  const { messages } = useLocale();
  const text = messages.channel;
  const { address } = channel;
  const rows: Array<{ term: string; value: ReactNode }> = [];
  const add = (term: string, value: ReactNode) => rows.push({ term, value });
  if (address && (channel.type === "in-person" || channel.type === "post"))
    add(text.address, `${address.street}, ${address.postalCode} ${address.city}`);
  if (channel.phone) add(text.phone, <a href={`tel:${channel.phone.replace(/\s/g, "")}`}>{channel.phone}</a>);
  if (channel.email) add(text.email, <a href={`mailto:${channel.email}`}>{channel.email}</a>);
  if (channel.dataBoxId) add(text.dataBox, channel.dataBoxId);
  if (channel.url && channel.type === "web-page") add(text.web, <a href={channel.url}>{channel.url}</a>);
  if (channel.accessibility) add(text.accessibility, <Text value={channel.accessibility} />);
  return (
    <>
      {rows.length > 0 ? (
        <dl className="citizen-facts">
          {rows.map(({ term, value }) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {channel.openingHours && channel.type === "in-person" ? (
        <OpeningHoursView hours={channel.openingHours} />
      ) : null}
    </>
  );
}
