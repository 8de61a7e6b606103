import { NavLink, Outlet, useNavigate, useParams } from "react-router";
import { can } from "./roles.ts";
import { useSession } from "./session.tsx";

const ADMIN_PAGES = [
  { path: "users", label: "Users" },
  { path: "api-keys", label: "API keys" },
  { path: "deliveries", label: "Deliveries" },
  { path: "connectors", label: "Connectors" },
] as const;

/** The frame of every page inside an organisation: skip link, header with navigation, main landmark. */
export function AppLayout() {
  const { user, signOut } = useSession();
  const { org = "" } = useParams();
  const navigate = useNavigate();
  const organisations = Object.keys(user?.organisations ?? {}).sort();
  const roles = user?.organisations[org];

  async function leave() {
    await signOut();
    navigate("/sign-in", { replace: true });
  }

  return (
    <div className="builder-app">
      <a className="builder-skip" href="#main">
        Skip to content
      </a>
      <header className="builder-header">
        <div className="builder-header-row">
          <span className="builder-brand">Civitas builder</span>
          {organisations.length > 1 ? (
            <label className="builder-org-switch">
              <span>Organisation</span>
              <select value={org} onChange={(event) => navigate(`/${event.target.value}`)}>
                {organisations.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="builder-org-name" title="Organisation">
              {org}
            </span>
          )}
          <span className="builder-user">
            Signed in as <strong>{user?.name}</strong>
            {user?.email && user.email !== user.name ? ` (${user.email})` : ""}
          </span>
          <button type="button" className="builder-button" onClick={leave}>
            Sign out
          </button>
        </div>
        <nav aria-label="Main" className="builder-nav">
          <ul>
            <li>
              <NavLink to={`/${org}`} end>
                Documents
              </NavLink>
            </li>
            <li>
              <NavLink to={`/${org}/reviews`}>Review due</NavLink>
            </li>
            {roles && can(roles, "admin")
              ? ADMIN_PAGES.map((page) => (
                  <li key={page.path}>
                    <NavLink to={`/${org}/${page.path}`}>{page.label}</NavLink>
                  </li>
                ))
              : null}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="builder-main">
        {roles ? (
          <Outlet />
        ) : (
          <>
            <h1>Organisation not available</h1>
            <p>You are not a member of {org}, or it does not exist.</p>
          </>
        )}
      </main>
    </div>
  );
}
