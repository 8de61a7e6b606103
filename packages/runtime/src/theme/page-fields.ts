import { createContext } from "react";

/**
 * The top-level fields the current wizard page shows, in order (none on the review step). A context
 * rather than RJSF's `formContext`: a page change then re-renders the root of the form alone, in the
 * same pass, instead of changing the registry every field depends on.
 */
export const PageFields = createContext<readonly string[]>([]);
