import { Navigate, Route, Routes } from "react-router";
import { DocumentPage } from "../pages/document-page.tsx";
import { DocumentsPage } from "../pages/documents-page.tsx";
import { NewDocumentPage } from "../pages/new-document-page.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import { OperationsRoute } from "../pages/operations-route.tsx";
import { ReviewsPage } from "../pages/reviews-page.tsx";
import { SignInPage } from "../pages/sign-in-page.tsx";
import { AppLayout } from "./app-layout.tsx";
import { ApiKeysPage, ConnectorsPage, DeliveriesPage, UsersPage } from "./operations-pages.ts";
import { FirstOrganisation, RequireSession } from "./require-session.tsx";

/** Every page of the builder, relative to its basename `/builder`. */
export function BuilderRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<FirstOrganisation />} />
        <Route path=":org" element={<AppLayout />}>
          <Route index element={<DocumentsPage />} />
          <Route path="reviews" element={<ReviewsPage />} />
          <Route path="documents/:kind/:id" element={<DocumentPage />} />
          <Route path="new/:kind" element={<NewDocumentPage />} />
          <Route path="users" element={<OperationsRoute title="Users" page={UsersPage} />} />
          <Route path="api-keys" element={<OperationsRoute title="API keys" page={ApiKeysPage} />} />
          <Route path="deliveries" element={<OperationsRoute title="Deliveries" page={DeliveriesPage} />} />
          <Route path="connectors" element={<OperationsRoute title="Connectors" page={ConnectorsPage} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
