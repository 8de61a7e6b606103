import { apiRequest } from "../../api/api-request.ts";
import type { PublishedForm } from "../api/api-types.ts";

/** A published e-form: its latest version, or the `version` a draft is pinned to. */
export function getPublishedForm(
  organisation: string,
  form: string,
  version?: number,
): Promise<PublishedForm> {
  const query = version === undefined ? "" : `?version=${version}`;
  return apiRequest<PublishedForm>(
    `/organisations/${encodeURIComponent(organisation)}/forms/${encodeURIComponent(form)}${query}`,
  );
}
