import type { FastifyBaseLogger } from "fastify";

export interface PeriodicJob {
  name: string;
  everyMs: number;
  /** Does one round of work; returns how many items it handled (for the log). */
  run(): Promise<number>;
}

/**
 * Runs jobs on timers in this process. Each job is safe to run in every server process at once
 * (the jobs lock their rows), a round never overlaps the previous one, and failures are logged and
 * retried at the next tick. Returns a function that stops the timers and waits for running rounds.
 */
export function startPeriodicJobs(jobs: readonly PeriodicJob[], log: FastifyBaseLogger): () => Promise<void> {
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const round = job
        .run()
        .then((count) => {
          if (count > 0) log.info({ job: job.name, count }, "periodic job did work");
        })
        .catch((error: unknown) => log.error({ job: job.name, err: error }, "periodic job failed"))
        .finally(() => {
          busy = false;
          running.delete(round);
        });
      running.add(round);
    };
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    return timer;
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.all(running);
  };
}
