import { useEffect, useRef, useState } from "react";
import { ConfirmAction } from "../shared/confirm-action.tsx";
import { errorText } from "../shared/error-text.ts";
import { DateTime } from "../shared/format-date.tsx";
import type { NoticeValue } from "../shared/notice.tsx";
import { RoleCheckboxes } from "../shared/role-checkboxes.tsx";
import {
  deleteStaff,
  STAFF_ROLE_OPTIONS,
  type StaffMember,
  type StaffRole,
  updateStaffRoles,
} from "./staff-api.ts";

interface StaffRowProps {
  organisation: string;
  member: StaffMember;
  onChanged: (member: StaffMember) => void;
  onDeleted: (id: string) => void;
  onNotice: (notice: NoticeValue) => void;
}

/** One person: their roles, edited in place, and removal after a confirmation. */
export function StaffRow({ organisation, member, onChanged, onDeleted, onNotice }: StaffRowProps) {
  const [draft, setDraft] = useState<StaffRole[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [roleError, setRoleError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (draft === null && wasEditing.current) editRef.current?.focus();
    wasEditing.current = draft !== null;
  }, [draft]);

  const save = async () => {
    if (!draft) return;
    if (draft.length === 0) {
      setRoleError("Choose at least one role, or remove the person instead.");
      return;
    }
    setBusy(true);
    try {
      const answer = await updateStaffRoles(organisation, member.id, draft);
      const roles = (answer as { roles?: StaffRole[] } | undefined)?.roles ?? draft;
      onChanged({ ...member, roles });
      onNotice({ tone: "success", text: `The roles of ${member.name} are now: ${roles.join(", ")}.` });
      setDraft(null);
    } catch (error) {
      onNotice({ tone: "error", text: errorText(error) });
      setDraft(null);
    } finally {
      setBusy(false);
      setRoleError(null);
    }
  };

  const remove = async () => {
    try {
      await deleteStaff(organisation, member.id);
      onDeleted(member.id);
      onNotice({ tone: "success", text: `${member.name} was removed from ${organisation}.` });
    } catch (error) {
      onNotice({ tone: "error", text: errorText(error) });
    }
  };

  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>{member.email}</td>
      <td>
        {draft ? (
          <RoleCheckboxes
            legend={`Roles of ${member.name}`}
            options={STAFF_ROLE_OPTIONS}
            value={draft}
            onChange={setDraft}
            disabled={busy}
            error={roleError}
          />
        ) : member.roles.length > 0 ? (
          member.roles.join(", ")
        ) : (
          <span className="ops-muted">none</span>
        )}
      </td>
      <td>
        <DateTime value={member.lastSignInAt} fallback="Never" />
      </td>
      <td className="ops-actions">
        {draft ? (
          <>
            <button type="button" className="ops-button ops-button-primary" disabled={busy} onClick={save}>
              {busy ? "Saving…" : "Save roles"}
            </button>{" "}
            <button type="button" className="ops-button" disabled={busy} onClick={() => setDraft(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button
              ref={editRef}
              type="button"
              className="ops-button"
              aria-label={`Edit roles of ${member.name}`}
              onClick={() => setDraft([...member.roles])}
            >
              Edit roles
            </button>{" "}
            <ConfirmAction
              label="Remove"
              accessibleLabel={`Remove ${member.name}`}
              question={`Remove ${member.name} from ${organisation}? They will no longer be able to sign in to it.`}
              confirmLabel="Yes, remove"
              danger
              onConfirm={remove}
            />
          </>
        )}
      </td>
    </tr>
  );
}
