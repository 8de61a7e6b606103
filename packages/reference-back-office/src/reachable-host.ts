/** The host to put in a URL for a server listening on `host`: `0.0.0.0` and `::` are no address to send to. */
export const reachableHost = (host: string): string =>
  host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
