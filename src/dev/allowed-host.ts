/**
 * Which `Host` headers the dev server answers. A web page elsewhere can point a name of its own at
 * 127.0.0.1 (DNS rebinding) and then read this machine's server as if it were its own site; the
 * browser still sends that name as the `Host`, so only the server's own names are answered.
 */

/** The names the server is always reached by on this machine. */
const LOCAL_NAMES = ["localhost", "127.0.0.1"];

/**
 * The `Host` values the server answers: `localhost`, `127.0.0.1` and the address it listens on,
 * each with the port (IPv6 addresses in brackets, as a `Host` header writes them).
 * @example allowedHosts("127.0.0.1", 8080) // Set { "localhost:8080", "127.0.0.1:8080" }
 */
export function allowedHosts(listenHost: string, port: number): ReadonlySet<string> {
  const names = [...LOCAL_NAMES, listenHost.includes(":") && !listenHost.startsWith("[") ? `[${listenHost}]` : listenHost];
  return new Set(names.map((name) => `${name.toLowerCase()}:${port}`));
}

/**
 * True when a request's `Host` header is one the server answers; names are compared without case.
 * @example isAllowedHost("LocalHost:8080", allowedHosts("127.0.0.1", 8080)) // true
 * @example isAllowedHost("evil.example:8080", allowedHosts("127.0.0.1", 8080)) // false
 */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase());
}
