import { useCallback, useEffect, useState } from "react";
import {
  type AutosaveClient,
  type AutosaveOptions,
  createAutosaveClient,
} from "../autosave/autosave-client.ts";

type Answers = Record<string, unknown>;

export interface Autosave {
  client: AutosaveClient;
  /** The answers to start the form on: those this device had not sent yet, else the draft's. */
  initialData: Answers | undefined;
  /** The page to start on, the same way. */
  initialPage: string | null | undefined;
  onChange: (data: Answers) => void;
  onPageChange: (pageId: string, data: Answers) => void;
}

/**
 * Wires a draft's autosave to `CivitasForm`: one client for the life of the component (options are
 * read once; give the component a new `key` for another draft), disposed on unmount. Answers this
 * device could not send on an earlier visit are restored and sent.
 *
 * @example
 * ```tsx
 * const autosave = useAutosave({ draftId: draft.id, revision: draft.revision, expiresAt: draft.expiresAt,
 *   data: draft.data, page: draft.page });
 * <AutosaveStatusText client={autosave.client} locale="cs" onReload={() => location.reload()} />
 * <CivitasForm spec={spec} locale="cs" initialData={autosave.initialData} initialPage={autosave.initialPage}
 *   onChange={autosave.onChange} onPageChange={autosave.onPageChange} />
 * ```
 */
export function useAutosave(options: AutosaveOptions): Autosave {
  const [started] = useState(() => {
    const client = createAutosaveClient(options);
    const recovered = client.recoverLocalCopy();
    return {
      client,
      initialData: recovered?.data ?? options.data,
      initialPage: recovered ? recovered.page : options.page,
    };
  });
  const { client } = started;
  useEffect(() => () => client.dispose(), [client]);
  const onChange = useCallback((data: Answers) => client.update(data), [client]);
  const onPageChange = useCallback(
    (pageId: string, data: Answers) => client.changePage(pageId, data),
    [client],
  );
  return { ...started, onChange, onPageChange };
}
