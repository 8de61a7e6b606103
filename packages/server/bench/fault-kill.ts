/**
 * The kill -9 fault run at full size: 1,000 submissions all sent at once, the server killed after 400
 * are acknowledged, restarted, unanswered requests retried; prints what was kept and delivered.
 *
 *   pnpm --filter @civitas/server fault:kill     (DATABASE_URL, or PostgreSQL on 127.0.0.1:5432)
 */
import { runKillFault } from "../test/faults/kill-during-submissions.ts";

const figures = await runKillFault({
  adminUrl: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  submissions: Number(process.env.FAULT_SUBMISSIONS ?? 1000),
  concurrency: Number(process.env.FAULT_CONCURRENCY ?? 1000),
  port: 3400 + Math.floor(Math.random() * 500),
  killAfter: Number(process.env.FAULT_KILL_AFTER ?? 400),
});
console.log("kill -9 during concurrent submissions (PostgreSQL server, one server process)");
for (const [name, value] of Object.entries(figures))
  console.log(
    `  ${name.padEnd(24)} ${typeof value === "number" && !Number.isInteger(value) ? `${Math.round(value)} ms` : value}`,
  );
const ok =
  figures.lostAcknowledged === 0 &&
  figures.undelivered === 0 &&
  figures.storedSubmissions === figures.submissions;
console.log(ok ? "PASS: nothing acknowledged was lost; everything was delivered" : "FAIL");
process.exit(ok ? 0 : 1);
