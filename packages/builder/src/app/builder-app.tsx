import { BrowserRouter } from "react-router";
import { BuilderRoutes } from "./builder-routes.tsx";
import { SessionProvider } from "./session.tsx";

/** The service owners' app under /builder. */
export function BuilderApp() {
  return (
    <SessionProvider>
      <BrowserRouter basename="/builder">
        <BuilderRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}
