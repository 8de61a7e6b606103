import { DeliveryError } from "./connector.ts";

/**
 * How an HTTP receiver's answer counts: 2xx delivered; 408, 425, 429 and 5xx (and no answer at all)
 * are worth retrying; a redirect or any other 4xx means the request itself is wrong for the receiver,
 * which sending it again will not change.
 */
export async function failureOf(response: Response, what: string): Promise<DeliveryError> {
  const body = (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 300);
  const retryable = response.status >= 500 || [408, 425, 429].includes(response.status);
  const redirect =
    response.status >= 300 && response.status < 400
      ? " (redirects are not followed: fix the route's url)"
      : "";
  return new DeliveryError(`${what} answered HTTP ${response.status}${redirect}${body ? `: ${body}` : ""}`, {
    permanent: !retryable,
  });
}

/** A request that got no answer: refused, reset, timed out. Always retried. */
export function unreachable(error: unknown, what: string): DeliveryError {
  const cause = error instanceof Error ? ((error.cause as Error | undefined) ?? error) : undefined;
  const reason =
    error instanceof Error && error.name === "AbortError"
      ? "did not answer in time"
      : `could not be reached (${cause?.message ?? String(error)})`;
  return new DeliveryError(`${what} ${reason}`, { cause: error });
}
