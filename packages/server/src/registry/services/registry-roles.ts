import { STAFF_ROLES } from "../../auth/roles.ts";

/** Who may do what in the registry (an organisation's admin may do everything). */
export const REGISTRY_ROLES = {
  read: STAFF_ROLES,
  author: ["author"],
  review: ["reviewer"],
  publish: ["publisher"],
} as const;
