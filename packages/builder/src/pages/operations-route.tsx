import type { ComponentType } from "react";
import { useParams } from "react-router";
import { can } from "../app/roles.ts";
import { useSession } from "../app/session.tsx";

interface OperationsRouteProps {
  title: string;
  page: ComponentType<{ organisation: string; roles: readonly string[] }>;
}

/** An admin's operations page; others are told why they cannot open it. */
export function OperationsRoute({ title, page: Page }: OperationsRouteProps) {
  const { org = "" } = useParams();
  const roles = useSession().user?.organisations[org] ?? [];
  if (!can(roles, "admin"))
    return (
      <>
        <h1>{title}</h1>
        <p>Only an administrator of {org} can open this page.</p>
      </>
    );
  return <Page organisation={org} roles={roles} />;
}
