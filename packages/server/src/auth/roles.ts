/** Staff roles per organisation, and what API keys may be granted. */
export const STAFF_ROLES = ["author", "reviewer", "publisher", "admin", "officer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles an integrator's API key may carry: a back office reports case states; a catalog tool authors. */
export const API_KEY_ROLES = ["back-office", "author", "publisher"] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];
