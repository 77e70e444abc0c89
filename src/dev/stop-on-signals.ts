/**
 * Stopping `npm start`: on Ctrl-C (SIGINT), on SIGTERM, and when the command that started it has
 * gone (see `launcher-watch.ts`), the server stops watching, closes its connections and exits, so
 * the port is free at once and no process is left behind.
 */
import { whenLaunchersExit } from "./launcher-watch.ts";

/** The longest a stop may take before the process exits regardless. */
const STOP_LIMIT_MS = 500;

/**
 * Runs `stop` on the first SIGINT or SIGTERM (or when the launching command is gone), then exits
 * with code 0, a stop being the normal end of a dev server. A second signal, or a stop that takes
 * longer than half a second, exits at once.
 * @example stopOnSignals(async () => { await watching.close(); await closeDevServer(server, events); });
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const exit = () => process.exit(0);
  const begin = () => {
    if (stopping) return exit();
    stopping = true;
    stopWatching();
    setTimeout(exit, STOP_LIMIT_MS).unref();
    stop().then(exit, exit);
  };
  const stopWatching = whenLaunchersExit(begin);
  process.on("SIGINT", begin);
  process.on("SIGTERM", begin);
}
