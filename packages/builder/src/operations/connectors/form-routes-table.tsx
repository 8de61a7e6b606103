import { Link } from "react-router";
import type { FormRoutes } from "./connectors-api.ts";
import { describeCondition } from "./describe-condition.ts";
import { routeSettings } from "./route-settings.ts";

/** One form's routes: where its submissions go, with what settings, and when. */
export function FormRoutesTable({ organisation, form }: { organisation: string; form: FormRoutes }) {
  const headingId = `ops-form-${form.id}`;
  const href = `/builder/${encodeURIComponent(organisation)}/documents/Form/${encodeURIComponent(form.id)}`;
  return (
    <section className="ops-form-routes" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {form.name} <span className="ops-hint ops-inline">{form.id}</span>
      </h2>
      <p>
        {form.error
          ? null
          : form.version === null
            ? "Not published yet: these are the routes of the working copy. "
            : `Routes of the published version ${form.version}. `}
        {form.archived ? "The form is archived. " : null}
        {form.changedInWorkingCopy ? (
          <strong>The working copy changes these routes; the change applies once it is published. </strong>
        ) : null}
        <Link to={href}>Open the definition of {form.name}</Link>
      </p>
      {form.error ? (
        <p className="ops-notice ops-notice-error">This form could not be read: {form.error}</p>
      ) : form.routes.length === 0 ? (
        <p>No routes: this form's submissions are kept on the platform and not delivered anywhere.</p>
      ) : (
        <div className="ops-table-wrap">
          <table className="ops-table">
            <caption>Routes of {form.name}</caption>
            <thead>
              <tr>
                <th scope="col">Route</th>
                <th scope="col">Connector</th>
                <th scope="col">Settings</th>
                <th scope="col">Condition</th>
              </tr>
            </thead>
            <tbody>
              {form.routes.map((route) => {
                const settings = routeSettings(route);
                return (
                  <tr key={route.id}>
                    <th scope="row">{route.id}</th>
                    <td>{route.connector}</td>
                    <td>
                      {settings.length === 0 ? (
                        <span className="ops-muted">none</span>
                      ) : (
                        <dl className="ops-settings">
                          {settings.map((setting) => (
                            <div key={setting.name}>
                              <dt>{setting.name}</dt>
                              <dd className="ops-wrap">
                                {setting.serverSecret ? (
                                  <>
                                    <code>{setting.value}</code>{" "}
                                    <span className="ops-muted">
                                      (a server setting; its value is not shown)
                                    </span>
                                  </>
                                ) : setting.masked ? (
                                  <>
                                    <span aria-hidden="true">{setting.value}</span>
                                    <span className="ops-visually-hidden">hidden</span>
                                  </>
                                ) : (
                                  setting.value
                                )}
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                    <td>{describeCondition(route.when)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
