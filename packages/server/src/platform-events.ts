/** What the HTTP layer tells the background work of its process. */
export interface PlatformEvents {
  /** Deliveries became due: a submission was committed, or dead ones were replayed. */
  deliveriesDue(): void;
}

/** For an app without background work. */
export const NO_EVENTS: PlatformEvents = { deliveriesDue() {} };
