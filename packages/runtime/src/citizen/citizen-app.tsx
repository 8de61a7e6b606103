import { BrowserRouter } from "react-router";
import type { RuntimeLocale } from "../i18n/runtime-messages.ts";
import { LocaleProvider } from "./app/locale-context.tsx";
import { SessionProvider } from "./app/session-context.tsx";
import { CitizenRoutes } from "./citizen-routes.tsx";

/**
 * The citizen web pages: catalog, services, life situations, e-forms with autosaved drafts, the case
 * pages, "my applications" and the demo sign-in.
 */
export function CitizenApp({ locale }: { locale?: RuntimeLocale }) {
  return (
    <LocaleProvider {...(locale ? { initial: locale } : {})}>
      <SessionProvider>
        <BrowserRouter>
          <CitizenRoutes />
        </BrowserRouter>
      </SessionProvider>
    </LocaleProvider>
  );
}
