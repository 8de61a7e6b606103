import { Link, NavLink, useLocation, useNavigate } from "react-router";
import type { Catalog } from "../api/api-types.ts";
import { useLocale } from "../app/locale-context.tsx";
import { useSession } from "../app/session-context.tsx";
import { Text } from "../i18n/text.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/** The banner of every page: whose portal it is, the main links, who is signed in, the language. */
export function SiteHeader({ organisation, catalog }: { organisation?: string; catalog?: Catalog }) {
  const { messages } = useLocale();
  const { citizen, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;
  return (
    <header className="citizen-header">
      <div className="citizen-header-inner">
        <Link className="citizen-brand" to={organisation ? `/${organisation}` : "/"}>
          {catalog ? <Text value={catalog.organisation.spec.name} /> : "Civitas"}
        </Link>
        <nav aria-label={messages.mainNavigation} className="citizen-nav">
          <ul>
            <li>
              <NavLink to="/my">{messages.myApplications}</NavLink>
            </li>
            {citizen?.signedIn ? (
              <li className="citizen-session">
                <span>{messages.signedInAs(citizen.name ?? "")}</span>
                <button
                  type="button"
                  className="citizen-link-button"
                  onClick={() => void signOut().then(() => navigate(organisation ? `/${organisation}` : "/"))}
                >
                  {messages.signOut}
                </button>
              </li>
            ) : citizen && location.pathname !== "/sign-in" ? (
              <li>
                <Link to={`/sign-in?return=${encodeURIComponent(here)}`}>{messages.signIn}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
