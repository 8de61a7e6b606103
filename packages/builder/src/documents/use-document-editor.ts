import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  clearLocalDraft,
  type LocalDraft,
  localDraftKey,
  readLocalDraft,
  sameContent,
  writeLocalDraft,
} from "./local-draft.ts";
import { problemsOf } from "./problems-of.ts";
import {
  type Content,
  type DefinitionProblem,
  type DocumentDetail,
  getDocument,
  saveWorkingCopy,
} from "./registry-api.ts";
import { useHistory } from "./use-history.ts";

export const AUTOSAVE_MS = 2000;

export interface SaveState {
  saving: boolean;
  /** The server's refusal of the last save, with its located problems. */
  error: string | null;
  problems: DefinitionProblem[];
}

/**
 * One document being edited: loaded from the server, every edit kept in undo history and in
 * localStorage, saved to the server as its working copy on demand and after a pause when valid.
 */
export function useDocumentEditor(organisation: string, kind: string, id: string) {
  const key = localDraftKey(organisation, kind, id);
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Content | null>(null);
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ saving: false, error: null, problems: [] });
  const history = useHistory<Content | null>(null);
  const content = history.value;
  const latest = useRef(content);
  latest.current = content;
  const { reset } = history;

  const load = useCallback(async () => {
    try {
      const found = await getDocument(organisation, kind, id);
      const base = found.workingCopy?.content ?? found.latest?.content ?? null;
      setDetail(found);
      setSaved(base);
      reset(base);
      setLoadError(null);
      const local = readLocalDraft(key);
      if (local && base && !sameContent(local.content, base)) setOffer(local);
      else if (local) clearLocalDraft(key);
      return found;
    } catch (failure) {
      setLoadError((failure as Error).message);
      return null;
    }
  }, [organisation, kind, id, key, reset]);

  useEffect(() => {
    setDetail(null);
    setOffer(null);
    load();
  }, [load]);

  const savedJson = useMemo(() => (saved === null ? null : JSON.stringify(saved)), [saved]);
  const dirty = useMemo(
    () => content !== null && saved !== null && content !== saved && JSON.stringify(content) !== savedJson,
    [content, saved, savedJson],
  );

  useEffect(() => {
    if (offer || content === null) return;
    if (dirty) writeLocalDraft(key, content);
    else clearLocalDraft(key);
  }, [content, dirty, offer, key]);

  const save = useCallback(async () => {
    const sending = latest.current;
    if (!sending) return false;
    setSaveState({ saving: true, error: null, problems: [] });
    try {
      const result = await saveWorkingCopy(organisation, kind, id, sending);
      setSaved(sending);
      setDetail((current) => (current ? { ...current, workingCopy: result.workingCopy } : current));
      if (latest.current && sameContent(latest.current, sending)) clearLocalDraft(key);
      setSaveState({ saving: false, error: null, problems: result.problems });
      return true;
    } catch (failure) {
      setSaveState({ saving: false, error: (failure as Error).message, problems: problemsOf(failure) });
      return false;
    }
  }, [organisation, kind, id, key]);

  const restore = useCallback(() => {
    if (!offer) return;
    history.set(offer.content);
    setOffer(null);
  }, [offer, history]);

  const discard = useCallback(() => {
    clearLocalDraft(key);
    setOffer(null);
  }, [key]);

  return {
    detail,
    loadError,
    content,
    saved,
    dirty,
    history,
    save,
    saveState,
    offer,
    restore,
    discard,
    reload: load,
  };
}

export type DocumentEditor = ReturnType<typeof useDocumentEditor>;

/** Saves by itself a while after the last edit, when the document has no errors. */
export function useAutosave(editor: DocumentEditor, valid: boolean, enabled: boolean) {
  const { dirty, content, save, saveState } = editor;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new edit (content) restarts the pause
  useEffect(() => {
    if (!enabled || !dirty || !valid || saveState.saving || editor.offer) return;
    const timer = setTimeout(save, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [enabled, dirty, valid, content, save, saveState.saving, editor.offer]);
}
