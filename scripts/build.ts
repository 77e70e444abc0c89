/**
 * `npm run build [-- --content DIR --out DIR --base-url URL --path-prefix /sub/ --engine eleventy]`:
 * builds the site, with khabar's fast writer or, given `--engine eleventy`, with Eleventy writing
 * every page. Exit 0 on success; 1 with every content error listed, the previous output left as it was.
 */
import { parseArgs } from "node:util";
import { startSecondThreadWorker } from "../src/publish/second-thread-start.ts";

const USAGE = "usage: npm run build -- [--content DIR] [--out DIR] [--base-url URL] [--path-prefix /sub/] [--engine khabar|eleventy]";
const ENGINES = ["khabar", "eleventy"] as const;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "dist" },
        "base-url": { type: "string" },
        "path-prefix": { type: "string", default: "/" },
        engine: { type: "string", default: "khabar" },
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
  const started = performance.now();
  const request = { contentDir: values.content, outDir: values.out, baseUrl: values["base-url"], pathPrefix: values["path-prefix"] };
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
    if (result.error !== undefined) console.error(result.error.stack ?? result.error.message);
    const errors = result.problems.filter((problem) => problem.severity === "error").length;
    const what = errors > 0 ? `${errors} error${errors === 1 ? "" : "s"} in ${values.content}` : "the build failed";
    console.error(`khabar: ${what}; ${values.out} was left as it was`);
    return 1;
  }
  console.log(`khabar: wrote ${result.pages} pages to ${values.out} in ${seconds} s${values.engine === "eleventy" ? " with Eleventy" : ""}`);
  return 0;
}

process.exitCode = await main();
