import type { Catalog } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { Text } from "../i18n/text.tsx";

/** The organisation's address and contacts, the receipt verification page, the platform. */
export function SiteFooter({ catalog }: { catalog?: Catalog }) {
  const { locale, messages } = useLocale();
  const spec = catalog?.organisation.spec;
  const contact = spec?.contactPoints[0];
  return (
    <footer className="citizen-footer">
      <div className="citizen-footer-inner">
        {spec ? (
          <section aria-labelledby="footer-contact" className="citizen-footer-contact">
            <h2 id="footer-contact">{messages.footer.contact}</h2>
            <p>
              <strong>
                <Text value={spec.name} />
              </strong>
              <br />
              {spec.address.street}, {spec.address.postalCode} {spec.address.city}
            </p>
            {contact ? (
              <ul>
                {contact.phone ? (
                  <li>
                    <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
                  </li>
                ) : null}
                {contact.email ? (
                  <li>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </section>
        ) : null}
        <p>
          <a href={`/verify?lang=${locale}`}>{messages.footer.verifyReceipt}</a>
        </p>
        <p className="citizen-footer-platform">{messages.footer.platform}</p>
      </div>
    </footer>
  );
}
