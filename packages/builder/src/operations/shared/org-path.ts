/** `/organisations/<org><rest>` with the organisation safely encoded. */
export function orgPath(organisation: string, rest: string): string {
  return `/organisations/${encodeURIComponent(organisation)}${rest}`;
}
