import type { DocumentDetail } from "./registry-api.ts";

const SECTIONS: Record<string, string> = {
  Form: "forms",
  Service: "services",
  LifeSituation: "life-situations",
};

/** Where citizens see a document of a kind (a channel has no page of its own), or null. */
export function citizenPathOf(organisation: string, kind: string, id: string): string | null {
  if (kind === "Organisation") return `/${id}`;
  const section = SECTIONS[kind];
  return section ? `/${organisation}/${section}/${id}` : null;
}

/** A link to the citizens' page of a published, not archived document; it opens in a new tab. */
export function CitizenPageLink({ organisation, detail }: { organisation: string; detail: DocumentDetail }) {
  const path = citizenPathOf(organisation, detail.kind, detail.id);
  if (!path || !detail.latest || detail.archivedAt) return null;
  return (
    <p className="builder-hint">
      <a href={path} target="_blank" rel="noopener">
        See the published version as citizens do (v{detail.latest.version})
      </a>
    </p>
  );
}
