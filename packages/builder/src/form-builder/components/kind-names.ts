import type { FieldKind, PaletteItem } from "../model/field-kinds.ts";

/** The builder's own words for kinds (the builder's screens are in English). */
export const KIND_NAMES: Record<FieldKind | PaletteItem, string> = {
  text: "Text",
  "long-text": "Long text",
  number: "Number",
  date: "Date",
  email: "E-mail",
  phone: "Phone",
  "single-choice": "Single choice",
  "multiple-choice": "Multiple choice",
  "yes-no": "Yes / no",
  file: "File",
  address: "Address",
  group: "Group",
  "repeatable-group": "Repeatable group",
  checkbox: "Checkbox",
  other: "Other",
  page: "Page",
  "info-text": "Info text",
};
