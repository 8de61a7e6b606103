/** What a person may do in an organisation, with the server's rule that an admin may do everything. */
export type Permission = "author" | "reviewer" | "publisher" | "admin";

export function can(roles: readonly string[], permission: Permission): boolean {
  return roles.includes("admin") || roles.includes(permission);
}
