import type { ServiceSpec } from "@civitas/definitions";
import { Link } from "react-router";
import type { CatalogEntry } from "../api/api-types.ts";
import { Text } from "../i18n/text.tsx";

/** Services as a list of links with their summaries. */
export function ServiceList({
  organisation,
  services,
  labelledBy,
}: {
  organisation: string;
  services: readonly CatalogEntry<ServiceSpec>[];
  labelledBy?: string;
}) {
  return (
    <ul className="citizen-service-list" aria-labelledby={labelledBy}>
      {services.map((service) => (
        <li key={service.id}>
          <Link to={`/${organisation}/services/${service.id}`}>
            <Text value={service.spec.name} />
          </Link>
          <p>
            <Text value={service.spec.summary} />
          </p>
        </li>
      ))}
    </ul>
  );
}
