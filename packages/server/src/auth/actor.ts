import { AppError } from "../errors/app-error.ts";
import type { ApiKeyRole, StaffRole } from "./roles.ts";

/** Who makes a request. Every service call receives one and filters tenant data by it. */
export type Actor =
  | { type: "staff"; userId: string; email: string; name: string; memberships: Record<string, StaffRole[]> }
  | { type: "api-key"; keyId: string; organisationId: string; roles: ApiKeyRole[] }
  | { type: "citizen"; subject: string; name: string }
  | { type: "anonymous" }
  | { type: "system" };

/** How the audit log names an actor. */
export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case "staff":
      return `staff:${actor.email}`;
    case "api-key":
      return `api-key:${actor.keyId}`;
    case "citizen":
      return `citizen:${actor.subject}`;
    default:
      return actor.type;
  }
}

/** The roles an actor holds in an organisation (none when it belongs elsewhere). */
export function rolesIn(actor: Actor, organisationId: string): ReadonlyArray<StaffRole | ApiKeyRole> {
  if (actor.type === "system")
    return ["admin", "author", "reviewer", "publisher", "officer", "back-office"] as const;
  if (actor.type === "staff") return actor.memberships[organisationId] ?? [];
  if (actor.type === "api-key") return actor.organisationId === organisationId ? actor.roles : [];
  return [];
}

/**
 * Throws unless the actor holds one of the roles in the organisation. An actor with no role there at
 * all gets "not found" rather than "forbidden", so another tenant's ids reveal nothing.
 */
export function requireRole(
  actor: Actor,
  organisationId: string,
  roles: ReadonlyArray<StaffRole | ApiKeyRole>,
): void {
  if (actor.type === "anonymous" || actor.type === "citizen") {
    throw new AppError("unauthenticated", "Sign in as staff or use an API key for this");
  }
  const held = rolesIn(actor, organisationId);
  if (held.length === 0)
    throw new AppError("not-found", `Organisation ${organisationId} does not exist or is not visible to you`);
  if (!roles.some((role) => held.includes(role)) && !held.includes("admin")) {
    throw new AppError("forbidden", `This needs one of the roles ${roles.join(", ")} in ${organisationId}`);
  }
}
