import { apiRequest } from "../../api/api-request.ts";
import type { Catalog } from "../api/api-types.ts";
import { type AsyncState, useAsync } from "./use-async.ts";

const loaded = new Map<string, Promise<Catalog>>();

/** An organisation's published catalog, fetched once per visit (the browser revalidates it by ETag). */
export function getCatalog(organisation: string): Promise<Catalog> {
  let catalog = loaded.get(organisation);
  if (!catalog) {
    catalog = apiRequest<Catalog>(`/organisations/${encodeURIComponent(organisation)}/catalog`);
    catalog.catch(() => loaded.delete(organisation));
    loaded.set(organisation, catalog);
  }
  return catalog;
}

/** Forgets the catalogs fetched so far (tests). */
export const forgetCatalogs = () => loaded.clear();

export function useCatalog(organisation: string | undefined): AsyncState<Catalog> & { reload(): void } {
  return useAsync(
    () => (organisation ? getCatalog(organisation) : Promise.reject(new Error("no organisation"))),
    [organisation],
  );
}
