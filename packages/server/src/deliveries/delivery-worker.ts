import { type DeliveryServices, deliverOne } from "./deliver-one.ts";
import { claimDueDeliveries } from "./outbox-repository.ts";

export interface DeliveryWorker {
  /** Looks for due deliveries now (a submission was just committed in this process). */
  wake(): void;
  /** Stops claiming and waits for the attempts under way. */
  stop(): Promise<void>;
}

export interface WorkerSettings {
  /** Attempts under way at once in this process. */
  concurrency: number;
  /** How often an idle worker looks for deliveries other processes made due. */
  pollMs: number;
  /** How long a claimed delivery is reserved to this worker (see `claimDueDeliveries`). */
  leaseMs: number;
}

/**
 * Delivers the outbox: claims due deliveries (as many as it has free slots), runs each attempt
 * concurrently, and sleeps until woken by a new submission, a finished attempt, or the poll timer.
 * Every server process may run one; they share the work through `for update skip locked`.
 */
export function startDeliveryWorker(services: DeliveryServices, settings: WorkerSettings): DeliveryWorker {
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let woken = false;
  let sleeping: (() => void) | undefined;

  const wake = () => {
    woken = true;
    sleeping?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        sleeping = undefined;
        resolve();
      }
      sleeping = done;
    });

  const loop = async () => {
    while (!stopped) {
      woken = false;
      const free = settings.concurrency - inFlight.size;
      if (free > 0) {
        try {
          const claimed = await claimDueDeliveries(services.db, { limit: free, leaseMs: settings.leaseMs });
          for (const delivery of claimed) {
            const attempt = deliverOne(services, delivery)
              .catch((error: unknown) =>
                // Recording the outcome failed (the database went away): the lease runs out and
                // the delivery is attempted again then.
                services.log.error(
                  { err: error, delivery: delivery.id },
                  "a delivery outcome was not recorded",
                ),
              )
              .finally(() => {
                inFlight.delete(attempt);
                wake();
              });
            inFlight.add(attempt);
          }
        } catch (error) {
          services.log.error({ err: error }, "claiming deliveries failed; trying again shortly");
        }
      }
      // Woken by a new submission or a freed slot (there may be more due), else by the timer.
      await sleep(settings.pollMs);
    }
  };
  const running = loop();

  return {
    wake,
    async stop() {
      stopped = true;
      sleeping?.();
      await running;
      await Promise.all(inFlight);
    },
  };
}
