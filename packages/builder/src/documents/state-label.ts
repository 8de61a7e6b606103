import type { DocumentState } from "./registry-api.ts";

export const STATE_LABELS: Record<DocumentState, string> = {
  draft: "Draft",
  "in-review": "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

export const KIND_LABELS: Record<string, string> = {
  Organisation: "Organisation",
  Channel: "Channel",
  Service: "Service",
  LifeSituation: "Life situation",
  Form: "Form",
  ServiceTemplate: "Service template",
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;
