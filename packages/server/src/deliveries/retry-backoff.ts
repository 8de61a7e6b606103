/**
 * The wait before the next attempt after `attempt` failed ones: exponential (base × 2^(attempt−1),
 * capped), with "equal jitter" — half fixed, half random — so receivers coming back are not hit by
 * every waiting delivery at the same instant.
 */
export function retryDelayMs(
  attempt: number,
  { baseMs, maxMs }: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
