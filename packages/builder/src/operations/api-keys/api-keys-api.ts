import { apiRequest } from "@civitas/runtime";
import { orgPath } from "../shared/org-path.ts";
import type { RoleOption } from "../shared/role-checkboxes.tsx";

export const API_KEY_ROLES = ["back-office", "author", "publisher"] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const API_KEY_ROLE_OPTIONS: readonly RoleOption<ApiKeyRole>[] = [
  { role: "back-office", explanation: "a back-office system reports the states of submitted cases" },
  { role: "author", explanation: "a catalog tool writes definitions" },
  { role: "publisher", explanation: "a catalog tool publishes definitions" },
];

export interface ApiKeySummary {
  id: string;
  name: string;
  /** The key's first characters, to recognise it by. */
  prefix: string;
  roles: ApiKeyRole[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const listApiKeys = (org: string) =>
  apiRequest<{ apiKeys: ApiKeySummary[] }>(orgPath(org, "/api-keys")).then((answer) => answer.apiKeys);

export const createApiKey = (org: string, body: { name: string; roles: ApiKeyRole[] }) =>
  apiRequest<{ key: string; apiKey: ApiKeySummary }>(orgPath(org, "/api-keys"), { method: "POST", body });

export const revokeApiKey = (org: string, id: string) =>
  apiRequest<void>(orgPath(org, `/api-keys/${encodeURIComponent(id)}`), { method: "DELETE" });
