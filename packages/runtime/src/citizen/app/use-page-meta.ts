import { useContext, useEffect } from "react";
import { useLocation } from "react-router";
import { SiteNameContext } from "./site-name-context.ts";

/** The navigation last handled: the first load (key "default") moves no focus. */
let handled = { key: "default", pathname: "" };

/**
 * Names the page in `document.title` and, after a navigation inside the app, moves the focus to the
 * page's h1 (once its content is there: call with `undefined` while loading), so screen-reader and
 * keyboard users start at the top of the new page as after a full load. The title ends with the
 * portal's name (`siteName`, else the current organisation's).
 */
export function usePageMeta(title: string | undefined, siteName?: string): void {
  const { key, pathname } = useLocation();
  const current = useContext(SiteNameContext);
  const site = siteName ?? current;
  useEffect(() => {
    if (title === undefined) return;
    document.title = site && site !== title ? `${title} – ${site}` : title;
    if (key === handled.key) {
      handled.pathname = pathname;
      return;
    }
    // A new query on the same page (typing a search) is no new page: the focus stays where it is.
    const samePage = handled.pathname === pathname;
    handled = { key, pathname };
    if (samePage) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
  }, [title, site, key, pathname]);
}
