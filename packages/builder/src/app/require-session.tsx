import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "./session.tsx";

/** Pages behind sign-in: a person who is not signed in is sent to sign in and brought back after. */
export function RequireSession() {
  const { user, error } = useSession();
  const location = useLocation();
  if (user === undefined) return <p className="builder-loading">Loading…</p>;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    const query = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${query}`} replace state={error ? { error } : undefined} />;
  }
  return <Outlet />;
}

/** `/builder` opens the person's first organisation. */
export function FirstOrganisation() {
  const { user } = useSession();
  const [first] = Object.keys(user?.organisations ?? {}).sort();
  if (!first)
    return (
      <main id="main" className="builder-narrow">
        <h1>No organisation</h1>
        <p>Your account is not a member of any organisation yet. Ask an administrator to add you.</p>
      </main>
    );
  return <Navigate to={`/${first}`} replace />;
}
