/**
 * `npm run build [-- --content DIR --out DIR --base-url URL --path-prefix /sub/ --engine eleventy --image-cache DIR]`:
 * builds the site, with khabar's fast writer or, given `--engine eleventy`, with Eleventy writing
 * every page. Exit 0 on success; 1 with every content error listed, the previous output left as it was.
 */
import { parseArgs } from "node:util";
import { imageCacheOption } from "../src/image-processing/image-cache-option.ts";
import { ioFailureLine } from "../src/output-folder/io-failure.ts";
import { OutputFolderRefused } from "../src/output-folder/output-folder-refused.ts";
import { startSecondThreadWorker } from "../src/publish/second-thread-start.ts";
import { SiteAddressConflict } from "../src/site/site-address.ts";

const USAGE = "usage: npm run build -- [--content DIR] [--out DIR] [--base-url URL] [--path-prefix /sub/] [--engine khabar|eleventy] [--image-cache DIR] [--verbose]";
const ENGINES = ["khabar", "eleventy"] as const;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "dist" },
        "base-url": { type: "string" },
        "path-prefix": { type: "string" },
        engine: { type: "string", default: "khabar" },
        "image-cache": { type: "string" },
        verbose: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!(ENGINES as readonly string[]).includes(values.engine)) {
    console.error(`--engine: expected khabar or eleventy, got "${values.engine}"\n${USAGE}`);
    return 2;
  }
  // The cache is khabar's own folder: never one whose files are the site's sources or its output, which each build replaces.
  const imageCache = imageCacheOption(values["image-cache"], [
    ["--content", values.content],
    ["--out", values.out],
  ]);
  if (imageCache.problem !== undefined) {
    console.error(`${imageCache.problem}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const request = {
    contentDir: values.content,
    outDir: values.out,
    baseUrl: values["base-url"],
    pathPrefix: values["path-prefix"],
    imageCacheDir: imageCache.dir,
    onWait: () => console.error(`khabar: another build is writing ${values.out}; waiting for it to finish`),
  };
  let result;
  if (values.engine === "eleventy") {
    const { buildWithEleventy } = await import("../src/eleventy/eleventy-build.ts");
    result = await buildWithEleventy(request);
  } else {
    // The build's second thread starts first, and loads its modules while this one loads the build's.
    const worker = startSecondThreadWorker();
    const { runBuild } = await import("../src/publish/run-build.ts");
    result = await runBuild(request, worker);
  }
  const { formatProblem } = await import("../src/content/problem.ts");
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    const errors = result.problems.filter((problem) => problem.severity === "error").length;
    if (errors > 0) console.error(`khabar: ${errors} error${errors === 1 ? "" : "s"} in ${values.content}; ${values.out} was left as it was`);
    else if (result.error instanceof OutputFolderRefused || result.error instanceof SiteAddressConflict) console.error(`khabar: ${result.error.message}`);
    else {
      // A full disk or a read-only folder is the machine's state: one line; anything else is a bug, and --verbose shows where.
      const failure = ioFailureLine(result.error) ?? `the build failed: ${result.error?.message ?? "no reason given"}`;
      console.error(`khabar: ${failure}; ${values.out} was left as it was`);
      if (values.verbose && result.error?.stack !== undefined) console.error(result.error.stack);
    }
    return 1;
  }
  console.log(`khabar: wrote ${result.pages} pages to ${values.out} in ${seconds} s${values.engine === "eleventy" ? " with Eleventy" : ""}`);
  return 0;
}

process.exitCode = await main();
