import type { FormSpec } from "@civitas/definitions/form";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AutosaveClient } from "../autosave/autosave-client.ts";
import { AutosaveStatusText } from "../autosave-react/autosave-status-text.tsx";
import { useAutosaveState } from "../autosave-react/use-autosave-state.ts";
import { createAttachmentUploader } from "../drafts-api/create-attachment-uploader.ts";
import { CivitasForm } from "../form/civitas-form.tsx";
import type { UploadedFile, UploadFile } from "../theme/civitas-form-context.ts";
import type { EmbedApi, EmbedDraft, SubmittedCase } from "./embed-api.ts";
import { createEmbedDraftSession } from "./embed-draft-session.ts";
import type { EmbedMessages } from "./embed-messages.ts";
import type { EmbedStorage } from "./embed-storage.ts";
import { newIdempotencyKey, reasonOf } from "./embed-texts.ts";

type Answers = Record<string, unknown>;

export interface EmbedFormViewProps {
  api: EmbedApi;
  kept: EmbedStorage;
  organisation: string;
  form: string;
  spec: FormSpec;
  locale: string;
  messages: EmbedMessages;
  resumed?: { draft: EmbedDraft; resumeToken: string; files: UploadedFile[] } | undefined;
  onSubmitted: (submitted: SubmittedCase & { resumeToken: string }) => void;
  /** Load the draft again (another tab saved a newer revision). */
  onReload: () => void;
  /** Forget the draft and start with an empty form (it expired). */
  onStartAgain: () => void;
}

/**
 * The embedded form being filled: `CivitasForm` with the anonymous draft's autosave, its status, file
 * uploads to the draft, and the submission with an idempotency key. A change of language re-renders
 * the form in it with the answers and page as they are.
 */
export function EmbedFormView(props: EmbedFormViewProps) {
  const { api, organisation, form, locale, messages } = props;
  const [session] = useState(() =>
    createEmbedDraftSession({ api, organisation, form, kept: props.kept, resumed: props.resumed }),
  );
  useSyncExternalStore(session.subscribe, session.getSnapshot);
  useEffect(() => () => session.dispose(), [session]);
  const latest = useRef(session.initial);
  const files = useRef<UploadedFile[]>(props.resumed?.files ?? []);
  const idempotencyKey = useRef<string | undefined>(undefined);
  const callbacks = useRef(props);
  callbacks.current = props;

  // Typing, choosing or picking a file is what makes a visit worth a draft.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = root.current;
    const touch = () => session.touch();
    node?.addEventListener("input", touch, true);
    node?.addEventListener("change", touch, true);
    return () => {
      node?.removeEventListener("input", touch, true);
      node?.removeEventListener("change", touch, true);
    };
  }, [session]);

  const onChange = useCallback(
    (data: Answers) => {
      latest.current = { ...latest.current, data };
      idempotencyKey.current = undefined; // other answers are another submission
      session.update(data);
    },
    [session],
  );
  const onPageChange = useCallback(
    (page: string, data: Answers) => {
      latest.current = { data, page };
      session.changePage(page, data);
    },
    [session],
  );
  const uploadFile = useCallback<UploadFile>(
    async (file, options) => {
      const owner = await session.ensureDraft();
      const upload = createAttachmentUploader({ ...owner, baseUrl: api.baseUrl });
      const uploaded = await upload(file, options);
      files.current = [...files.current, uploaded];
      return uploaded;
    },
    [session, api],
  );
  const removeFile = useCallback(
    async (id: string) => {
      const owner = session.owner();
      if (owner) await api.deleteAttachment(owner.draftId, id, owner.resumeToken);
    },
    [session, api],
  );
  const onSubmit = useCallback(
    async (data: Answers) => {
      await session.flush();
      const owner = session.owner();
      idempotencyKey.current ??= newIdempotencyKey();
      const { locale: language, messages: texts } = callbacks.current;
      const submitted = await api
        .submit(
          organisation,
          form,
          { data, locale: language, ...(owner ? { draftId: owner.draftId } : {}) },
          { idempotencyKey: idempotencyKey.current, resumeToken: owner?.resumeToken },
        )
        .catch((error: unknown) => {
          throw new Error(reasonOf(error, texts));
        });
      session.dispose();
      callbacks.current.onSubmitted({
        ...submitted,
        resumeToken: submitted.resumeToken ?? owner?.resumeToken ?? "",
      });
    },
    [session, api, organisation, form],
  );

  const client = session.getClient();
  const problem = session.getProblem();
  return (
    <div ref={root}>
      <CivitasForm
        spec={props.spec}
        locale={locale}
        fallbackLocale="en"
        initialData={latest.current.data}
        initialPage={latest.current.page}
        onChange={onChange}
        onPageChange={onPageChange}
        onSubmit={onSubmit}
        uploadFile={uploadFile}
        removeFile={removeFile}
        files={files.current}
      />
      {client ? (
        <EmbedAutosaveStatus
          client={client}
          locale={locale}
          messages={messages}
          onReload={props.onReload}
          onStartAgain={props.onStartAgain}
        />
      ) : (
        <div className={`civitas-autosave${problem ? " civitas-autosave-error" : ""}`}>
          <p role="status" className="civitas-autosave-text">
            {problem ? messages.notSavedYet(problem) : ""}
          </p>
        </div>
      )}
    </div>
  );
}

function EmbedAutosaveStatus(props: {
  client: AutosaveClient;
  locale: string;
  messages: EmbedMessages;
  onReload: () => void;
  onStartAgain: () => void;
}) {
  const state = useAutosaveState(props.client);
  return (
    <>
      <AutosaveStatusText client={props.client} locale={props.locale} onReload={props.onReload} />
      {state.status === "expired" ? (
        <button
          type="button"
          className="civitas-button civitas-button-secondary"
          onClick={props.onStartAgain}
        >
          {props.messages.startAgain}
        </button>
      ) : null}
    </>
  );
}
