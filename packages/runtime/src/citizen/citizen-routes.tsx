import { Route, Routes } from "react-router";
import { CatalogHomePage } from "./catalog/catalog-home-page.tsx";
import { FormPage } from "./form/form-page.tsx";
import { SiteLayout } from "./layout/site-layout.tsx";
import { LifeSituationPage } from "./life-situation/life-situation-page.tsx";
import { MyPage } from "./my/my-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OrganisationListPage } from "./pages/organisation-list-page.tsx";
import { ServicePage } from "./service/service-page.tsx";
import { SignInPage } from "./sign-in/sign-in-page.tsx";
import { SubmissionPage } from "./submission/submission-page.tsx";

/** The pages' routes, inside whatever router holds them (the browser's, or a memory router in tests). */
export function CitizenRoutes() {
  return (
    <Routes>
      <Route element={<SiteLayout />}>
        <Route index element={<OrganisationListPage />} />
        <Route path="my" element={<MyPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path=":organisation">
          <Route index element={<CatalogHomePage />} />
          <Route path="services/:service" element={<ServicePage />} />
          <Route path="life-situations/:id" element={<LifeSituationPage />} />
          <Route path="forms/:form" element={<FormPage />} />
          <Route path="submissions/:id" element={<SubmissionPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
