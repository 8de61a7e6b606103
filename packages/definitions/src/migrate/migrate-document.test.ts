import { describe, expect, it } from "vitest";
import { API_VERSION } from "../constants.ts";
import { migrateDocument } from "./migrate-document.ts";
import type { Migration } from "./migrations.ts";

/** A format history as it will look once the format changes: v0 named the channel list `channels`. */
const HISTORY: Migration[] = [
  {
    from: "civitas/v0alpha",
    to: "civitas/v0",
    migrate: (doc) => ({ ...doc, kind: doc.type, type: undefined }),
  },
  {
    from: "civitas/v0",
    to: API_VERSION,
    migrate: (doc) => {
      const { channels, ...spec } = doc.spec as Record<string, unknown>;
      return { ...doc, spec: { ...spec, channelOfferings: channels } };
    },
  },
];

describe("migrateDocument", () => {
  it("returns a current document unchanged", () => {
    const doc = { apiVersion: API_VERSION, kind: "Channel" };
    expect(migrateDocument(doc, HISTORY)).toEqual({ ok: true, document: doc });
  });

  it("brings a document through every step to the current version, without touching the original", () => {
    const old = { apiVersion: "civitas/v0alpha", type: "Service", spec: { channels: [{ channel: "web" }] } };
    const snapshot = structuredClone(old);
    const result = migrateDocument(old, HISTORY);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: "civitas/v0alpha",
      document: {
        apiVersion: API_VERSION,
        kind: "Service",
        spec: { channelOfferings: [{ channel: "web" }] },
      },
    });
    expect(old).toEqual(snapshot);
  });

  it("explains an unknown or missing version and which ones it reads", () => {
    expect(migrateDocument({ apiVersion: "civitas/v9" }, HISTORY)).toEqual({
      ok: false,
      message: `unknown format version \`civitas/v9\`; this platform reads \`${API_VERSION}\`, \`civitas/v0alpha\`, \`civitas/v0\``,
    });
    expect(migrateDocument({}, HISTORY)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/apiVersion.*is required/),
    });
  });

  it("stops on a cycle instead of looping", () => {
    const loop: Migration[] = [
      { from: "a", to: "b", migrate: (d) => d },
      { from: "b", to: "a", migrate: (d) => d },
    ];
    expect(migrateDocument({ apiVersion: "a" }, loop)).toMatchObject({ ok: false });
  });
});
