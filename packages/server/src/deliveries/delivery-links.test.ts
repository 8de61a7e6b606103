import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DeliveryLinks } from "./delivery-links.ts";

const links = new DeliveryLinks(randomBytes(32), "https://forms.example", 3_600_000);
const params = (url: string) => {
  const query = new URL(url).searchParams;
  return { expires: Number(query.get("expires")), signature: query.get("signature") ?? "" };
};

describe("delivery links", () => {
  const file = { kind: "attachment", id: "abcdefgh12" } as const;

  it("accepts its own link until it expires", () => {
    const { url, expires } = links.linkTo(file, 0);
    expect(url).toMatch(/^https:\/\/forms\.example\/api\/v1\/delivery-files\/attachments\/abcdefgh12\?/);
    const { expires: at, signature } = params(url);
    expect(links.check(file, at, signature, 1000)).toBe("ok");
    expect(links.check(file, at, signature, expires.getTime() + 1000)).toBe("expired");
  });

  it("refuses a link for another file, a longer expiry or another key", () => {
    const { expires, signature } = params(links.linkTo(file).url);
    expect(links.check({ kind: "attachment", id: "other12345" }, expires, signature)).toBe("invalid");
    expect(links.check({ kind: "receipt", id: file.id }, expires, signature)).toBe("invalid");
    expect(links.check(file, expires + 3600, signature)).toBe("invalid");
    const other = new DeliveryLinks(randomBytes(32), "https://forms.example", 3_600_000);
    expect(other.check(file, expires, signature)).toBe("invalid");
  });
});
