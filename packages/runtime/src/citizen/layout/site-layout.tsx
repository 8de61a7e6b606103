import { Outlet } from "react-router";
import { useLocale } from "../app/locale-context.tsx";
import { SiteNameContext } from "../app/site-name-context.ts";
import { useCatalog } from "../app/use-catalog.ts";
import { useCurrentOrganisation } from "../app/use-current-organisation.ts";
import { useText } from "../app/use-text.ts";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";

/** Every page: a skip link, the banner, the page itself in `<main>`, the footer. */
export function SiteLayout() {
  const { messages } = useLocale();
  const organisation = useCurrentOrganisation();
  const catalog = useCatalog(organisation);
  const ready = catalog.status === "ready" ? catalog.data : undefined;
  const text = useText();
  return (
    <SiteNameContext.Provider value={ready ? text(ready.organisation.spec.name) : undefined}>
      <div className="citizen-app">
        <a className="citizen-skip-link" href="#main">
          {messages.skipToContent}
        </a>
        <SiteHeader {...(organisation ? { organisation } : {})} {...(ready ? { catalog: ready } : {})} />
        <main id="main" tabIndex={-1} className="citizen-main">
          <Outlet />
        </main>
        <SiteFooter {...(ready ? { catalog: ready } : {})} />
      </div>
    </SiteNameContext.Provider>
  );
}
