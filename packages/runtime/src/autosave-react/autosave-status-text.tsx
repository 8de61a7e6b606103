import type { AutosaveClient } from "../autosave/autosave-client.ts";
import type { AutosaveState } from "../autosave/autosave-state.ts";
import { getRuntimeMessages, type RuntimeMessages } from "../i18n/runtime-messages.ts";
import { useAutosaveState } from "./use-autosave-state.ts";

function describe(state: AutosaveState, messages: RuntimeMessages, locale: string): string {
  const time = (date: Date) => new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(date);
  const text = messages.autosave;
  switch (state.status) {
    case "saved":
      return state.savedAt ? text.saved(time(state.savedAt)) : "";
    case "pending":
      return text.pending;
    case "saving":
      return text.saving;
    case "offline":
      return text.offline;
    case "error":
      return text.error(state.error ?? "");
    case "conflict":
      return text.conflict;
    case "expired":
      return text.expired;
  }
}

/**
 * The draft's save status in words, announced politely as it changes ("Saving…", "Draft saved at
 * 10:42", "You are offline…"), with the draft's expiry, and a button to load the newer version when
 * another tab saved one.
 *
 * @example
 * ```tsx
 * <AutosaveStatusText client={autosave.client} locale="en" onReload={() => location.reload()} />
 * ```
 */
export function AutosaveStatusText({
  client,
  locale,
  onReload,
}: {
  client: AutosaveClient;
  locale: string;
  onReload?: () => void;
}) {
  const state = useAutosaveState(client);
  const messages = getRuntimeMessages(locale);
  const live = state.status !== "conflict" && state.status !== "expired";
  const expires =
    live && state.expiresAt
      ? messages.autosave.expires(
          new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(state.expiresAt),
        )
      : "";
  return (
    <div className={`civitas-autosave civitas-autosave-${state.status}`}>
      <p role="status" className="civitas-autosave-text">
        {[describe(state, messages, locale), expires].filter(Boolean).join(" ")}
      </p>
      {state.status === "conflict" && onReload ? (
        <button type="button" className="civitas-button civitas-button-secondary" onClick={onReload}>
          {messages.autosave.reload}
        </button>
      ) : null}
    </div>
  );
}
