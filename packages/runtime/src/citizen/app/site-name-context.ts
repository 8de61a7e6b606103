import { createContext } from "react";

/** The name of the portal the page belongs to (the organisation's, once its catalog is in), for titles. */
export const SiteNameContext = createContext<string | undefined>(undefined);
