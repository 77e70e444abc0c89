import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One temporary folder for the whole run, the build compiled, the sample site built once (tests/helpers/global-setup.ts).
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Two files at once on two cores (vitest's default leaves one core to itself): much of each
    // file's time is spent waiting for builds in child processes and for Chromium.
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "America/Los_Angeles", LANG: "C" },
  },
});
