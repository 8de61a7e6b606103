import { describe, expect, it } from "vitest";
import { MASK, routeSettings } from "./route-settings.ts";

describe("routeSettings", () => {
  it("names the server settings secrets are held in, masks other settings named like secrets, keeps the rest", () => {
    const settings = routeSettings({
      id: "registry",
      connector: "webhook",
      when: { field: "a", filled: true },
      url: "https://registry.dubova.example/hook",
      secret: "REGISTRY_WEBHOOK_SECRET",
      apiToken: "abc",
      attachments: "links",
    });
    expect(settings).toEqual([
      { name: "url", value: "https://registry.dubova.example/hook", masked: false },
      { name: "secret", value: "REGISTRY_WEBHOOK_SECRET", masked: false, serverSecret: true },
      { name: "apiToken", value: MASK, masked: true },
      { name: "attachments", value: "links", masked: false },
    ]);
  });

  it("masks a secret itself where a name belongs", () => {
    expect(routeSettings({ secret: "hunter2-the-key" })).toEqual([
      { name: "secret", value: MASK, masked: true },
    ]);
  });

  it("masks a password or token inside a URL", () => {
    const [url] = routeSettings({ url: "https://filer:hunter2@files.example/api?access_token=xyz&case=1" });
    expect(url?.value).not.toMatch(/hunter2|xyz/);
    expect(url?.value).toContain("case=1");
  });

  it("lists e-mail recipients", () => {
    expect(routeSettings({ to: ["a@x.example", "b@x.example"], attachReceipt: true })).toEqual([
      { name: "to", value: "a@x.example, b@x.example", masked: false },
      { name: "attachReceipt", value: "true", masked: false },
    ]);
  });
});
