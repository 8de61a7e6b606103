import { useSyncExternalStore } from "react";
import type { AutosaveClient } from "../autosave/autosave-client.ts";
import type { AutosaveState } from "../autosave/autosave-state.ts";

/** The autosave's state, re-rendering the component that asks (and only it) whenever it changes. */
export function useAutosaveState(client: AutosaveClient): AutosaveState {
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}
