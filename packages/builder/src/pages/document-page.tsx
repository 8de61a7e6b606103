import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { can } from "../app/roles.ts";
import { useSession } from "../app/session.tsx";
import { CitizenPageLink } from "../documents/citizen-page-link.tsx";
import { DocumentTabs, panelId, type TabId, tabId } from "../documents/document-tabs.tsx";
import { HistoryTab } from "../documents/history-tab.tsx";
import { ProblemsPanel } from "../documents/problems-panel.tsx";
import {
  type Content,
  type DefinitionProblem,
  runWorkflowStep,
  type WorkflowStep,
} from "../documents/registry-api.ts";
import { SaveStatus } from "../documents/save-status.tsx";
import { kindLabel } from "../documents/state-label.ts";
import { documentName, formatDateTime } from "../documents/text-of.ts";
import { useAutosave, useDocumentEditor } from "../documents/use-document-editor.ts";
import { languagesOf, useOrganisation } from "../documents/use-organisation.ts";
import { useUndoKeys } from "../documents/use-undo-keys.ts";
import { useValidation } from "../documents/use-validation.ts";
import { VersionsTab } from "../documents/versions-tab.tsx";
import { VisualEditor } from "../documents/visual-editor.tsx";
import { WorkflowActions } from "../documents/workflow-actions.tsx";
import { SourceEditor } from "../source-editor/source-editor.tsx";

/** One document of any kind: its state and workflow, the visual and source editors, versions and history. */
export function DocumentPage() {
  const { org = "", kind = "", id = "" } = useParams();
  const roles = useSession().user?.organisations[org] ?? [];
  const editor = useDocumentEditor(org, kind, id);
  const { detail, content, history, save, saveState } = editor;
  const organisation = useOrganisation(org);
  const languages = useMemo(
    () => (kind === "Organisation" ? languagesOf(content) : (organisation?.languages ?? ["cs", "en"])),
    [kind, content, organisation],
  );
  const validation = useValidation(
    org,
    kind,
    id,
    content,
    kind === "Organisation" ? null : (organisation?.content ?? null),
  );
  const localErrors = validation.problems.filter((problem) => problem.severity === "error").length;
  const canEdit = can(roles, "author") && !detail?.archivedAt;
  useAutosave(editor, validation.checked === content && localErrors === 0, canEdit);
  const [tab, setTab] = useState<TabId>("edit");
  const [reveal, setReveal] = useState<{ pointer: string } | null>(null);
  const saveNow = useCallback(() => {
    if (canEdit) save();
  }, [canEdit, save]);
  useUndoKeys({ undo: history.undo, redo: history.redo, save: saveNow });

  const problems = useMemo(() => {
    if (!saveState.error || saveState.problems.length === 0) return validation.problems;
    const seen = new Set(validation.problems.map((problem) => `${problem.pointer}|${problem.message}`));
    return [
      ...validation.problems,
      ...saveState.problems.filter((problem) => !seen.has(`${problem.pointer}|${problem.message}`)),
    ];
  }, [validation.problems, saveState]);

  const name = documentName(content, ["en", ...languages]) ?? id;
  useEffect(() => {
    document.title = `${name} – ${kindLabel(kind)} – Civitas builder`;
  }, [name, kind]);

  const edit = useCallback(
    (next: Content, key?: string) => {
      if (canEdit) history.set(next, key);
    },
    [canEdit, history],
  );
  const show = useCallback((problem: DefinitionProblem) => {
    setTab("source");
    setReveal({ pointer: problem.pointer });
  }, []);
  const step = useCallback(
    async (which: WorkflowStep, body?: { comment?: string; at?: string }) => {
      await runWorkflowStep(org, kind, id, which, body);
      await editor.reload();
    },
    [org, kind, id, editor.reload],
  );

  if (editor.loadError)
    return (
      <>
        <h1>
          {kindLabel(kind)} {id}
        </h1>
        <p role="alert" className="builder-error">
          The document could not be loaded: {editor.loadError}
        </p>
        <Link to={`/${org}`}>Back to the documents</Link>
      </>
    );
  if (!detail || !content) return <p>Loading the document…</p>;

  return (
    <div className="document-page">
      <nav aria-label="Breadcrumb" className="builder-breadcrumb">
        <Link to={`/${org}`}>Documents</Link> › {kindLabel(kind)}
      </nav>
      <div className="builder-page-head">
        <h1>
          {name} <span className="builder-kind">{kindLabel(kind)}</span>
        </h1>
        <div className="document-toolbar" role="toolbar" aria-label="Editing">
          <button
            type="button"
            className="builder-button"
            onClick={history.undo}
            disabled={!canEdit || !history.canUndo}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            className="builder-button"
            onClick={history.redo}
            disabled={!canEdit || !history.canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
          >
            Redo
          </button>
          <button
            type="button"
            className="builder-button primary"
            onClick={save}
            disabled={!canEdit || saveState.saving || !editor.dirty}
          >
            Save
          </button>
          <SaveStatus saveState={saveState} dirty={editor.dirty} errors={localErrors} />
        </div>
      </div>
      {editor.offer ? (
        <div className="builder-banner" role="alert">
          <p>You have unsaved changes from {formatDateTime(editor.offer.savedAt)}.</p>
          <button type="button" className="builder-button primary" onClick={editor.restore}>
            Restore
          </button>
          <button type="button" className="builder-button" onClick={editor.discard}>
            Discard
          </button>
        </div>
      ) : null}
      {!canEdit ? (
        <p className="builder-hint">
          {detail.archivedAt
            ? "This document is archived; restore it to edit it."
            : "You can read this document; only authors can change it."}
        </p>
      ) : null}
      {saveState.error ? (
        <p role="alert" className="builder-error">
          {saveState.error}
        </p>
      ) : null}
      <WorkflowActions detail={detail} roles={roles} dirty={editor.dirty} onStep={step} />
      <CitizenPageLink organisation={org} detail={detail} />
      <DocumentTabs current={tab} onSelect={setTab} />
      <div className={kind === "Form" ? "document-body wide" : "document-body"}>
        <div className="document-panels">
          <div role="tabpanel" id={panelId("edit")} aria-labelledby={tabId("edit")} hidden={tab !== "edit"}>
            <VisualEditor
              kind={kind}
              content={content}
              onChange={edit}
              languages={languages}
              problems={problems}
              readOnly={!canEdit}
            />
          </div>
          <div
            role="tabpanel"
            id={panelId("source")}
            aria-labelledby={tabId("source")}
            hidden={tab !== "source"}
          >
            <SourceEditor
              content={content}
              onChange={edit}
              problems={problems}
              reveal={reveal}
              active={tab === "source"}
              readOnly={!canEdit}
            />
          </div>
          {tab === "versions" ? (
            <div role="tabpanel" id={panelId("versions")} aria-labelledby={tabId("versions")}>
              <VersionsTab
                organisation={org}
                kind={kind}
                id={id}
                hasWorkingCopy={detail.workingCopy !== null}
              />
            </div>
          ) : null}
          {tab === "history" ? (
            <div role="tabpanel" id={panelId("history")} aria-labelledby={tabId("history")}>
              <HistoryTab organisation={org} kind={kind} id={id} />
            </div>
          ) : null}
        </div>
        {tab === "edit" ? <ProblemsPanel problems={problems} onShow={show} /> : null}
      </div>
    </div>
  );
}
