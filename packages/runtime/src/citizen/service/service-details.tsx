import type { ServiceSpec } from "@civitas/definitions";
import { type ReactNode, useId } from "react";
import { useLocale } from "../app/locale-context.tsx";
import { Text } from "../i18n/text.tsx";

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * What follows the channels on a service page: outputs, deadlines, redress, contacts, and the legal
 * basis (citations are not translated: they stay in the organisation's `language`).
 */
export function ServiceDetails({ service, language }: { service: ServiceSpec; language: string }) {
  const { messages } = useLocale();
  const text = messages.service;
  return (
    <>
      {service.outputs.length > 0 ? (
        <Section title={text.outputs}>
          <ul>
            {service.outputs.map((output) => (
              <li key={JSON.stringify(output.name)}>
                <Text value={output.name} />
                {output.description ? (
                  <span className="citizen-muted">
                    {" – "}
                    <Text value={output.description} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {service.deadlines.length > 0 ? (
        <Section title={text.deadlines}>
          <ul>
            {service.deadlines.map((deadline) => (
              <li key={JSON.stringify(deadline)}>
                <Text value={deadline} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {service.redress ? (
        <Section title={text.redress}>
          <p>
            <Text value={service.redress} />
          </p>
        </Section>
      ) : null}
      {service.contacts.length > 0 ? (
        <Section title={text.contacts}>
          <ul className="citizen-contacts">
            {service.contacts.map((contact) => (
              <li key={`${contact.email}${contact.phone}${contact.url}`}>
                {contact.name ? <Text value={contact.name} /> : null}
                {contact.phone ? (
                  <>
                    {" "}
                    · <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
                  </>
                ) : null}
                {contact.email ? (
                  <>
                    {" "}
                    · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {service.legalBasis.length > 0 ? (
        <Section title={text.legalBasis}>
          <ul>
            {service.legalBasis.map((law) => (
              <li key={law.citation} lang={language}>
                {law.url ? <a href={law.url}>{law.citation}</a> : law.citation}
                {law.section ? `, ${law.section}` : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
