/**
 * How a part of the back office answers, to test a sender's retries: `up` serves requests, `down`
 * answers every request 503 as an unavailable service would, `fail` answers every request 500.
 */
export type ServiceMode = "up" | "down" | "fail";

/** The faults a part of the back office is told to inject. */
export class FaultSwitch {
  mode: ServiceMode = "up";
  private failuresLeft = 0;

  /** Answers the next `count` requests 500, whatever the mode. */
  failNext(count: number): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError("failNext takes a whole number ≥ 0");
    this.failuresLeft = count;
  }

  /** The status the current request must get instead of being served, if any. */
  take(): 500 | 503 | undefined {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return 500;
    }
    if (this.mode === "down") return 503;
    if (this.mode === "fail") return 500;
    return undefined;
  }
}
