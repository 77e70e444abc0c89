import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Build tests start real builds in child processes; two cores run two files at once.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "America/Los_Angeles", LANG: "C" },
  },
});
