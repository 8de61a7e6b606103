import { CHANNEL_TYPES, type ChannelType } from "@civitas/definitions/constants";
import { type FormEvent, useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { can } from "../app/roles.ts";
import { useSession } from "../app/session.tsx";
import { checkId, createBlankDocument, suggestId } from "../documents/blank-documents.ts";
import { problemsOf } from "../documents/problems-of.ts";
import {
  type DefinitionProblem,
  listDocuments,
  NEW_KINDS,
  type NewKind,
  saveWorkingCopy,
} from "../documents/registry-api.ts";
import { kindLabel } from "../documents/state-label.ts";
import { useOrganisation } from "../documents/use-organisation.ts";

const CONTACT_LABEL: Partial<Record<ChannelType, string>> = {
  online: "Web address of the portal",
  "web-page": "Web address",
  phone: "Phone number",
  email: "E-mail address",
  "data-box": "Data box id",
};

/** Creates a minimal valid document of a kind from an id and a name, then opens it. */
export function NewDocumentPage() {
  const { org = "", kind = "" } = useParams();
  const navigate = useNavigate();
  const roles = useSession().user?.organisations[org] ?? [];
  const organisation = useOrganisation(org);
  const language = organisation?.languages[0] ?? "cs";
  const [name, setName] = useState("");
  const [id, setId] = useState("");
  const [idEdited, setIdEdited] = useState(false);
  const [summary, setSummary] = useState("");
  const [channels, setChannels] = useState<string[]>([]);
  const [channel, setChannel] = useState("");
  const [channelType, setChannelType] = useState<ChannelType>("web-page");
  const [contact, setContact] = useState("");
  const [address, setAddress] = useState({ street: "", postalCode: "", city: "" });
  const [errors, setErrors] = useState<{ id?: string; name?: string; form?: string }>({});
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const known = (NEW_KINDS as readonly string[]).includes(kind);

  useEffect(() => {
    document.title = `New ${kindLabel(kind).toLowerCase()} – Civitas builder`;
    if (kind !== "Service") return;
    listDocuments(org)
      .then((all) => {
        const ids = all.filter((each) => each.kind === "Channel").map((each) => each.id);
        setChannels(ids);
        setChannel((current) => current || ids[0] || "");
      })
      .catch(() => setChannels([]));
  }, [org, kind]);

  if (!known) return <h1>There is no kind {kind} to create</h1>;
  if (!can(roles, "author"))
    return (
      <>
        <h1>New {kindLabel(kind).toLowerCase()}</h1>
        <p>Only authors can create documents in {org}.</p>
      </>
    );

  async function create(event: FormEvent) {
    event.preventDefault();
    const found = { id: checkId(id) ?? undefined, name: name.trim() ? undefined : "Enter a name." };
    setErrors(found);
    setProblems([]);
    if (found.id || found.name) return;
    setBusy(true);
    try {
      // From the list rather than by asking for the document: a new id would answer 404, which the
      // browser reports as a failed request.
      const exists = (await listDocuments(org, kind)).some((each) => each.id === id);
      if (exists) {
        setErrors({ id: `A ${kindLabel(kind).toLowerCase()} with the id ${id} already exists.` });
        return;
      }
      const content = createBlankDocument({
        kind: kind as NewKind,
        id,
        organisation: org,
        language,
        name: name.trim(),
        summary,
        channel,
        channelType,
        contact,
        address,
      });
      await saveWorkingCopy(org, kind, id, content);
      navigate(`/${org}/documents/${kind}/${id}`);
    } catch (failure) {
      setProblems(problemsOf(failure));
      setErrors({ form: `The document was not created: ${(failure as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  const field = (key: "id" | "name") =>
    errors[key] ? { "aria-invalid": true, "aria-describedby": `new-${key}-error` } : {};

  return (
    <div className="builder-narrow">
      <h1>New {kindLabel(kind).toLowerCase()}</h1>
      <form onSubmit={create} noValidate className="builder-form">
        {errors.form ? (
          <div role="alert" className="builder-error">
            <p>{errors.form}</p>
            {problems.length > 0 ? (
              <ul>
                {problems.map((problem) => (
                  <li key={`${problem.pointer}:${problem.code}`}>
                    {problem.pointer}: {problem.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <label htmlFor="new-name">Name ({language})</label>
        <input
          id="new-name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!idEdited) setId(suggestId(event.target.value));
          }}
          {...field("name")}
        />
        {errors.name ? (
          <p id="new-name-error" className="builder-field-error">
            {errors.name}
          </p>
        ) : null}
        <label htmlFor="new-id">Id</label>
        <p className="builder-hint" id="new-id-hint">
          Lower-case letters, digits and dashes; it cannot be changed later.
        </p>
        <input
          id="new-id"
          value={id}
          onChange={(event) => {
            setId(event.target.value);
            setIdEdited(true);
          }}
          aria-describedby={errors.id ? "new-id-error new-id-hint" : "new-id-hint"}
          aria-invalid={errors.id ? true : undefined}
        />
        {errors.id ? (
          <p id="new-id-error" className="builder-field-error">
            {errors.id}
          </p>
        ) : null}
        {kind === "Service" || kind === "LifeSituation" ? (
          <>
            <label htmlFor="new-summary">Summary ({language})</label>
            <textarea id="new-summary" value={summary} onChange={(event) => setSummary(event.target.value)} />
          </>
        ) : null}
        {kind === "Service" ? (
          <>
            <label htmlFor="new-channel">First channel</label>
            <select id="new-channel" value={channel} onChange={(event) => setChannel(event.target.value)}>
              {channels.map((each) => (
                <option key={each}>{each}</option>
              ))}
            </select>
          </>
        ) : null}
        {kind === "Channel" ? (
          <>
            <label htmlFor="new-channel-type">Type</label>
            <select
              id="new-channel-type"
              value={channelType}
              onChange={(event) => setChannelType(event.target.value as ChannelType)}
            >
              {CHANNEL_TYPES.map((each) => (
                <option key={each}>{each}</option>
              ))}
            </select>
            {CONTACT_LABEL[channelType] ? (
              <>
                <label htmlFor="new-contact">{CONTACT_LABEL[channelType]}</label>
                <input
                  id="new-contact"
                  value={contact}
                  onChange={(event) => setContact(event.target.value)}
                />
              </>
            ) : (
              (["street", "postalCode", "city"] as const).map((part) => (
                <div key={part}>
                  <label htmlFor={`new-${part}`}>
                    {part === "postalCode" ? "Postal code" : part === "street" ? "Street and number" : "City"}
                  </label>
                  <input
                    id={`new-${part}`}
                    value={address[part]}
                    onChange={(event) => setAddress({ ...address, [part]: event.target.value })}
                  />
                </div>
              ))
            )}
          </>
        ) : null}
        <div className="builder-actions">
          <button type="submit" className="builder-button primary" disabled={busy}>
            {busy ? "Creating…" : `Create ${kindLabel(kind).toLowerCase()}`}
          </button>
          <button type="button" className="builder-button" onClick={() => navigate(`/${org}`)}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
