import { describe, expect, it } from "vitest";
import { stopOnSignals, type StopTriggers } from "../../src/dev/stop-on-signals.ts";

/** Triggers a test fires by hand, and what happened, in order. */
function fakeTriggers() {
  const events: string[] = [];
  let signal = () => {};
  let launchersGone = () => {};
  const triggers: StopTriggers = {
    onSignal: (listener) => (signal = listener),
    whenLaunchersExit: (onGone) => {
      launchersGone = onGone;
      return () => events.push("stopped watching launchers");
    },
    exit: () => events.push("exit"),
  };
  return { triggers, events, signal: () => signal(), launchersGone: () => launchersGone() };
}

/** A stop that ends when the test says so. */
function heldStop(events: string[]) {
  let finish = () => {};
  const stop = () => {
    events.push("stop began");
    return new Promise<void>((resolve) => (finish = () => (events.push("stop ended"), resolve())));
  };
  return { stop, finish: () => finish() };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("stopOnSignals", () => {
  it("stops on the first signal, then exits once the stop has ended", async () => {
    const { triggers, events, signal } = fakeTriggers();
    const { stop, finish } = heldStop(events);
    stopOnSignals(stop, triggers);
    signal();
    finish();
    await turn();
    expect(events).toEqual(["stopped watching launchers", "stop began", "stop ended", "exit"]);
  });

  it("exits at once on a second signal", () => {
    const { triggers, events, signal } = fakeTriggers();
    stopOnSignals(heldStop(events).stop, triggers);
    signal();
    signal();
    expect(events).toEqual(["stopped watching launchers", "stop began", "exit"]);
  });

  it("lets a stop begun because the launchers have gone end, when Ctrl-C's own signal comes after", async () => {
    const { triggers, events, signal, launchersGone } = fakeTriggers();
    const { stop, finish } = heldStop(events);
    stopOnSignals(stop, triggers);
    launchersGone();
    signal();
    expect(events).toEqual(["stopped watching launchers", "stop began"]);
    finish();
    await turn();
    expect(events).toEqual(["stopped watching launchers", "stop began", "stop ended", "exit"]);
  });
});
