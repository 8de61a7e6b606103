import { useEffect, useState } from "react";
import { type Content, getDocument } from "./registry-api.ts";

export interface OrganisationInfo {
  /** The Organisation document (working copy, else latest version), if it can be read. */
  content: Content | null;
  /** The languages it publishes in; the first is the default. */
  languages: string[];
}

const FALLBACK_LANGUAGES = ["cs", "en"];
const cache = new Map<string, Promise<OrganisationInfo>>();

export function languagesOf(content: Content | null | undefined): string[] {
  const languages = (content?.spec as { languages?: unknown } | undefined)?.languages;
  return Array.isArray(languages) && languages.length > 0 ? (languages as string[]) : FALLBACK_LANGUAGES;
}

export function loadOrganisation(organisation: string): Promise<OrganisationInfo> {
  let found = cache.get(organisation);
  if (!found) {
    found = getDocument(organisation, "Organisation", organisation)
      .then((detail) => {
        const content = detail.workingCopy?.content ?? detail.latest?.content ?? null;
        return { content, languages: languagesOf(content) };
      })
      .catch(() => {
        cache.delete(organisation);
        return { content: null, languages: FALLBACK_LANGUAGES };
      });
    cache.set(organisation, found);
  }
  return found;
}

/** The organisation's own document and its languages. */
export function useOrganisation(organisation: string): OrganisationInfo | null {
  const [info, setInfo] = useState<OrganisationInfo | null>(null);
  useEffect(() => {
    let live = true;
    loadOrganisation(organisation).then((found) => live && setInfo(found));
    return () => {
      live = false;
    };
  }, [organisation]);
  return info;
}
