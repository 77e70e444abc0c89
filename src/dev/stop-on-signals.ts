/**
 * Stopping `npm start`: on Ctrl-C (SIGINT), on SIGTERM, and when the command that started it has
 * gone (see `launcher-watch.ts`), the server stops watching, closes its connections and exits, so
 * the port is free at once and no process is left behind.
 */
import { whenLaunchersExit } from "./launcher-watch.ts";

/** The longest a stop may take before the process exits regardless. */
const STOP_LIMIT_MS = 500;

/** What starts and ends a stop; the process's own unless a test gives others. */
export interface StopTriggers {
  /** Calls `listener` on each SIGINT or SIGTERM. */
  readonly onSignal: (listener: () => void) => void;
  /** Calls `onGone` once the launching command has gone; returns a function that stops watching. */
  readonly whenLaunchersExit: (onGone: () => void) => () => void;
  /** Ends the process, with code 0. */
  readonly exit: () => void;
}

/** The process's signals, its launchers and `process.exit(0)`. */
const PROCESS_TRIGGERS: StopTriggers = {
  onSignal: (listener) => {
    process.on("SIGINT", listener);
    process.on("SIGTERM", listener);
  },
  whenLaunchersExit,
  exit: () => process.exit(0),
};

/**
 * Runs `stop` on the first SIGINT or SIGTERM (or when the launching command is gone), then exits
 * with code 0, a stop being the normal end of a dev server. A second signal, or a stop that takes
 * longer than half a second, exits at once. Ctrl-C reaches npm and its shell too, so the launchers
 * may be seen gone just before this process's own first signal comes: that signal is no second one.
 * @example stopOnSignals(async () => { await watching.close(); await closeDevServer(server, events); });
 */
export function stopOnSignals(stop: () => Promise<void>, triggers: StopTriggers = PROCESS_TRIGGERS): void {
  let stopping = false;
  let signalled = false;
  const begin = () => {
    if (stopping) return;
    stopping = true;
    stopWatching();
    setTimeout(triggers.exit, STOP_LIMIT_MS).unref();
    stop().then(triggers.exit, triggers.exit);
  };
  const stopWatching = triggers.whenLaunchersExit(begin);
  triggers.onSignal(() => {
    if (signalled) return triggers.exit();
    signalled = true;
    begin();
  });
}
