import "../operations.css";
import { useState } from "react";
import { AdminOnly } from "../shared/admin-only.tsx";
import { Notice, type NoticeValue } from "../shared/notice.tsx";
import type { OperationsPageProps } from "../shared/page-props.ts";
import { SecretOnce } from "../shared/secret-once.tsx";
import { useLoad } from "../shared/use-load.ts";
import { type CreatedStaffMember, listStaff } from "./staff-api.ts";
import { StaffCreateForm } from "./staff-create-form.tsx";
import { StaffRow } from "./staff-row.tsx";

/** The organisation's staff: who they are, their roles, adding and removing people. */
export function UsersPage({ organisation, roles }: OperationsPageProps) {
  return (
    <AdminOnly title="Users" organisation={organisation} roles={roles}>
      <StaffManager organisation={organisation} />
    </AdminOnly>
  );
}

function StaffManager({ organisation }: { organisation: string }) {
  const staff = useLoad(() => listStaff(organisation), organisation);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [created, setCreated] = useState<CreatedStaffMember | null>(null);

  const onCreated = (member: CreatedStaffMember) => {
    const { password: _password, ...summary } = member;
    staff.setData((list) => [...list.filter((m) => m.id !== member.id), summary]);
    setNotice({
      tone: "success",
      text: `${member.name} was added with the roles: ${member.roles.join(", ")}.`,
    });
    setCreated(member.password ? member : null);
  };

  return (
    <section className="ops-page" aria-labelledby="ops-page-title">
      <h1 id="ops-page-title" tabIndex={-1}>
        Users
      </h1>
      <p className="ops-intro">The people who work on {organisation} in the builder, and what each may do.</p>
      <Notice notice={notice} />
      {created?.password ? (
        <SecretOnce
          title={`Password for ${created.name}`}
          label={`First password of ${created.email}`}
          secret={created.password}
          note="Copy it now and give it to the person by a safe channel; they should change it when they first sign in."
          onDone={() => setCreated(null)}
        />
      ) : null}
      {staff.loading && !staff.data ? <p role="status">Loading the staff…</p> : null}
      {staff.error ? (
        <p role="alert" className="ops-notice ops-notice-error">
          The staff could not be loaded: {staff.error}
        </p>
      ) : null}
      {staff.data ? (
        <div className="ops-table-wrap">
          <table className="ops-table">
            <caption>Staff of {organisation}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Roles</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {staff.data.length === 0 ? (
                <tr>
                  <td colSpan={5}>No one yet.</td>
                </tr>
              ) : null}
              {staff.data.map((member) => (
                <StaffRow
                  key={member.id}
                  organisation={organisation}
                  member={member}
                  onNotice={setNotice}
                  onChanged={(changed) =>
                    staff.setData((list) => list.map((m) => (m.id === changed.id ? changed : m)))
                  }
                  onDeleted={(id) => {
                    staff.setData((list) => list.filter((m) => m.id !== id));
                    // The row and its button are gone: the focus goes back to the top of the page.
                    document.getElementById("ops-page-title")?.focus();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <StaffCreateForm
        organisation={organisation}
        onCreated={onCreated}
        onError={(text) => setNotice({ tone: "error", text })}
      />
    </section>
  );
}
