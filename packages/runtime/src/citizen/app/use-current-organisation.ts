import { useParams } from "react-router";
import { readShellOrganisations } from "./shell-organisations.ts";

const KEY = "civitas-organisation";

function remembered(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The organisation whose portal the person is in: the one in the address, else the last one visited
 * (pages such as /my and /sign-in belong to no organisation), else the only one there is.
 */
export function useCurrentOrganisation(): string | undefined {
  const { organisation } = useParams();
  if (organisation) {
    try {
      sessionStorage.setItem(KEY, organisation);
    } catch {
      // Not remembered; the header then falls back below on the next page.
    }
    return organisation;
  }
  const only = readShellOrganisations();
  return remembered() ?? (only.length === 1 ? only[0]?.id : undefined);
}
