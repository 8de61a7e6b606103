import { apiRequest } from "@civitas/runtime";
import { orgPath } from "../shared/org-path.ts";
import type { RoleOption } from "../shared/role-checkboxes.tsx";

export const STAFF_ROLES = ["author", "reviewer", "publisher", "admin", "officer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_OPTIONS: readonly RoleOption<StaffRole>[] = [
  { role: "author", explanation: "writes definitions" },
  { role: "reviewer", explanation: "approves others' edits" },
  { role: "publisher", explanation: "publishes" },
  { role: "admin", explanation: "manages staff, keys and deliveries" },
  { role: "officer", explanation: "handles submitted cases" },
];

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  roles: StaffRole[];
  lastSignInAt: string | null;
}

export interface CreatedStaffMember extends StaffMember {
  /** The new person's first password, in this answer only. */
  password?: string;
}

export const listStaff = (org: string) =>
  apiRequest<{ staff: StaffMember[] }>(orgPath(org, "/staff")).then((answer) => answer.staff);

export const createStaff = (org: string, body: { email: string; name: string; roles: StaffRole[] }) =>
  apiRequest<CreatedStaffMember>(orgPath(org, "/staff"), { method: "POST", body });

export const updateStaffRoles = (org: string, id: string, roles: StaffRole[]) =>
  apiRequest<unknown>(orgPath(org, `/staff/${encodeURIComponent(id)}/roles`), {
    method: "PUT",
    body: { roles },
  });

export const deleteStaff = (org: string, id: string) =>
  apiRequest<void>(orgPath(org, `/staff/${encodeURIComponent(id)}`), { method: "DELETE" });
