import { describe, expect, it } from "vitest";
import { runKillFault } from "./kill-during-submissions.ts";

/**
 * kill -9 mid-load loses nothing acknowledged, and every submission reaches the receiver at least
 * once. Runs against a PostgreSQL server (DATABASE_URL), as in CI; `pnpm --filter @civitas/server
 * fault:kill` runs the full-size version and prints its figures.
 */
const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)("kill -9 during concurrent submissions", () => {
  it("keeps and delivers every acknowledged submission", async () => {
    const figures = await runKillFault({
      adminUrl: adminUrl as string,
      submissions: 300,
      concurrency: 30,
      port: 4400 + Math.floor(Math.random() * 100),
      killAfter: 120,
    });
    expect(figures.acknowledgedBeforeKill).toBeGreaterThanOrEqual(120);
    expect(figures.lostAcknowledged).toBe(0);
    expect(figures.storedSubmissions).toBe(300);
    expect(figures.undelivered).toBe(0);
  }, 180_000);
});
