import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { LocaleProvider } from "../app/locale-context.tsx";
import { SessionProvider } from "../app/session-context.tsx";
import { CitizenRoutes } from "../citizen-routes.tsx";

/** Renders the citizen pages at `path` in English, as the browser would after loading the shell there. */
export function renderPage(path: string) {
  return render(
    <LocaleProvider initial="en">
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <CitizenRoutes />
        </MemoryRouter>
      </SessionProvider>
    </LocaleProvider>,
  );
}
