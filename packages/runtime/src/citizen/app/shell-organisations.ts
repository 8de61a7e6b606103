import type { OrganisationSummary } from "../api/api-types.ts";

/** The id of the element the page shell gives the app to render into. */
export const ROOT_ID = "civitas-citizen";

/**
 * The organisations that publish a catalog here, as the server wrote them into the page shell
 * (`data-organisations` on the root element): the API has no public list of them.
 */
export function readShellOrganisations(doc: Document = document): OrganisationSummary[] {
  try {
    const list = JSON.parse(doc.getElementById(ROOT_ID)?.dataset.organisations ?? "[]") as unknown;
    return Array.isArray(list)
      ? list.filter(
          (entry): entry is OrganisationSummary =>
            typeof entry?.id === "string" && typeof entry?.name === "object" && entry.name !== null,
        )
      : [];
  } catch {
    return [];
  }
}
