import type { KeyboardEvent } from "react";

export const TABS = [
  { id: "edit", label: "Edit" },
  { id: "source", label: "Source" },
  { id: "versions", label: "Versions" },
  { id: "history", label: "History" },
] as const;
export type TabId = (typeof TABS)[number]["id"];

export const tabId = (tab: TabId) => `document-tab-${tab}`;
export const panelId = (tab: TabId) => `document-panel-${tab}`;

/** The tabs of the document page, with arrow keys between them. */
export function DocumentTabs({ current, onSelect }: { current: TabId; onSelect(tab: TabId): void }) {
  function move(event: KeyboardEvent) {
    const index = TABS.findIndex((tab) => tab.id === current);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (!next) return;
    onSelect(next.id);
    document.getElementById(tabId(next.id))?.focus();
  }
  return (
    <div role="tablist" aria-label="Document views" className="document-tabs" onKeyDown={move}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
