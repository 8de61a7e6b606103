import { join } from "node:path";
import { FileWriter, readTextFile } from "../file-writer.ts";

/** One accepted webhook delivery, duplicates included. */
export interface ReceivedWebhook {
  inbox: string;
  /** The `Idempotency-Key` header: stable per submission and route. */
  key: string;
  /** The `Civitas-Delivery` header. */
  deliveryId: string | undefined;
  /** The `Civitas-Event` header, e.g. `submission.created`. */
  event: string | undefined;
  headers: Record<string, string>;
  /** The JSON body, parsed. */
  body: unknown;
  /** Whether this inbox had already accepted a delivery with this key. */
  duplicate: boolean;
  receivedAt: Date;
}

type SavedWebhook = Omit<ReceivedWebhook, "receivedAt"> & { receivedAt: string };

/**
 * The accepted deliveries in the order they came, in memory; with a directory, also appended to
 * `deliveries.jsonl` there, so they outlive a restart.
 */
export class WebhookLog {
  private readonly received: ReceivedWebhook[] = [];
  private readonly keysByInbox = new Map<string, Set<string>>();
  private readonly writer = new FileWriter();

  private constructor(private readonly file: string | undefined) {}

  /** Opens the log, loading what an earlier run left in `dir`. */
  static async open(dir?: string): Promise<WebhookLog> {
    const log = new WebhookLog(dir && join(dir, "deliveries.jsonl"));
    const text = log.file && (await readTextFile(log.file));
    for (const line of text?.split("\n") ?? []) {
      if (!line.trim()) continue;
      const saved = JSON.parse(line) as SavedWebhook;
      log.remember({ ...saved, receivedAt: new Date(saved.receivedAt) });
    }
    return log;
  }

  /** Records a delivery, flagged as a duplicate when its inbox has seen its key before. */
  async add(delivery: Omit<ReceivedWebhook, "duplicate">): Promise<ReceivedWebhook> {
    const received = {
      ...delivery,
      duplicate: this.keysByInbox.get(delivery.inbox)?.has(delivery.key) ?? false,
    };
    this.remember(received);
    if (this.file) await this.writer.append(this.file, `${JSON.stringify(received)}\n`);
    return received;
  }

  /** The deliveries, of one inbox or of all, oldest first. */
  all(inbox?: string): ReceivedWebhook[] {
    return inbox === undefined
      ? [...this.received]
      : this.received.filter((delivery) => delivery.inbox === inbox);
  }

  /** Resolves once every delivery so far is on disk. */
  flushed(): Promise<void> {
    return this.writer.idle();
  }

  private remember(delivery: ReceivedWebhook) {
    this.received.push(delivery);
    const keys = this.keysByInbox.get(delivery.inbox) ?? new Set<string>();
    keys.add(delivery.key);
    this.keysByInbox.set(delivery.inbox, keys);
  }
}
