import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One temporary folder for the whole run, the build compiled, the sample site built once (tests/helpers/global-setup.ts).
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Build tests start real builds in child processes; two cores run two files at once.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "America/Los_Angeles", LANG: "C" },
  },
});
