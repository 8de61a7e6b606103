import { SECRET_NAME, SECRET_SETTINGS } from "@civitas/definitions";

/** The fields every route has, shown in their own columns rather than among the settings. */
const COMMON = new Set(["id", "connector", "when"]);

/** Names of other settings whose values are not shown (a draft may hold what the format refuses). */
const SECRET_LIKE = /secret|password|passwd|token|key|credential|connection/i;

export const MASK = "••••••••";

export interface RouteSetting {
  name: string;
  value: string;
  masked: boolean;
  /** The value names a secret the server holds (in its environment); the secret is never here. */
  serverSecret?: boolean;
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A URL with its password (and any token or key in the query) masked. */
function maskUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  if (url.password) url.password = "xxxxx";
  for (const name of [...url.searchParams.keys()])
    if (SECRET_LIKE.test(name)) url.searchParams.set(name, "xxxxx");
  return url.password || url.search ? url.toString().replaceAll("xxxxx", MASK) : value;
}

/**
 * The connector-specific settings of a route, in its own order: a secret's name as the server
 * setting it is, anything else that looks secret masked.
 */
export function routeSettings(route: Record<string, unknown>): RouteSetting[] {
  return Object.entries(route)
    .filter(([name, value]) => !COMMON.has(name) && value !== undefined)
    .map(([name, value]) => {
      if (SECRET_SETTINGS.has(name) && typeof value === "string" && SECRET_NAME.test(value))
        return { name, value, masked: false, serverSecret: true };
      if (SECRET_LIKE.test(name)) return { name, value: MASK, masked: true };
      return { name, value: typeof value === "string" ? maskUrl(value) : text(value), masked: false };
    });
}
