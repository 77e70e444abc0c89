// Preloaded into the benchmark's child processes (`node --require`): at exit, writes the process's
// own peak memory and CPU time to the file named by KHABAR_USAGE_FILE.
const { writeFileSync } = require("node:fs");

const file = process.env.KHABAR_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime }));
  });
}
