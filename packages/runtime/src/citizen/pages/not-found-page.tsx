import { Link } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { useCurrentOrganisation } from "../app/use-current-organisation.ts";
import { usePageMeta } from "../app/use-page-meta.ts";

/** Nothing at this address (an unknown page, service, form, submission …), said plainly. */
export function NotFoundPage({ title }: { title?: string }) {
  const { messages } = useLocale();
  const organisation = useCurrentOrganisation();
  const heading = title ?? messages.notFound.title;
  usePageMeta(heading);
  return (
    <div className="citizen-page citizen-not-found">
      <h1>{heading}</h1>
      <p>{messages.notFound.text}</p>
      <p>
        <Link to={organisation ? `/${organisation}` : "/"}>{messages.notFound.toHome}</Link>
      </p>
    </div>
  );
}
