import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-backoff.ts";

const policy = { baseMs: 1000, maxMs: 60_000 };

describe("retry backoff", () => {
  it("doubles per attempt between half and all of the exponential delay", () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(500);
    expect(retryDelayMs(1, policy, () => 1)).toBe(1000);
    expect(retryDelayMs(4, policy, () => 0)).toBe(4000);
    expect(retryDelayMs(4, policy, () => 1)).toBe(8000);
  });

  it("never waits longer than the cap", () => {
    expect(retryDelayMs(30, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(1000, policy, () => 1)).toBe(60_000);
  });

  it("spreads retries of the same attempt", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, policy)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
