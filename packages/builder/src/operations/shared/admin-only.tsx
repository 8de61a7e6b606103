import type { ReactNode } from "react";

/** The page for admins of the organisation; others see why they cannot use it. */
export function AdminOnly(props: {
  title: string;
  organisation: string;
  roles: readonly string[];
  children: ReactNode;
}) {
  if (props.roles.includes("admin")) return <>{props.children}</>;
  return (
    <section className="ops-page" aria-labelledby="ops-page-title">
      <h1 id="ops-page-title">{props.title}</h1>
      <p>
        Only admins of {props.organisation} can use this page. Ask an admin of the organisation to give you
        the admin role.
      </p>
    </section>
  );
}
