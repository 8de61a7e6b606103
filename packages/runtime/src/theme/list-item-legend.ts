import { createContext } from "react";

/**
 * The name of the repeatable-group item being rendered ("Legal representatives 2"), set by the item
 * template for the item's own field (RJSF would otherwise call it `representatives-2`).
 */
export const ListItemLegend = createContext<string | undefined>(undefined);

/** The list an item template is in: its name and the fewest items it may have (no remove button below). */
export const ListOfItems = createContext<{ name: string; minItems: number }>({ name: "", minItems: 0 });

/** Whether a field is an item of a list itself (its path ends with an index), not a field inside one. */
export const isListItem = (path: readonly (string | number)[]) => typeof path.at(-1) === "number";
