/**
 * A port nothing listens on, for starting a server on the loopback address (the dev-loop benchmark, the dev server's tests).
 */
import { createServer } from "node:net";

/**
 * Asks the system for a free port, then lets it go for the caller to use.
 * @example await freePort() // 41237
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}
