import { describe, expect, it } from "vitest";
import { withEmbedRem } from "./embed-styles.ts";

describe("the embed's styles", () => {
  it("measure rem from the reader's default size, not the portal's root font size", () => {
    expect(withEmbedRem(".a{margin:0 0 .75rem;padding:1rem 1.25rem;top:-2rem}")).toBe(
      ".a{margin:0 0 calc(.75 * var(--civitas-rem, 16px));padding:calc(1 * var(--civitas-rem, 16px)) calc(1.25 * var(--civitas-rem, 16px));top:calc(-2 * var(--civitas-rem, 16px))}",
    );
  });

  it("keep rem in media queries, where it already is the default size", () => {
    expect(withEmbedRem("@media (max-width: 36rem) { .a { gap: 0.5rem } }")).toBe(
      "@media (max-width: 36rem) { .a { gap: calc(0.5 * var(--civitas-rem, 16px)) } }",
    );
  });
});
