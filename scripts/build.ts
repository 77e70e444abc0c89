/**
 * `npm run build [-- --content DIR --out DIR --base-url URL --path-prefix /sub/]`: builds the site.
 * Exit 0 on success; 1 with every content error listed, the previous output left as it was.
 */
import { parseArgs } from "node:util";
import { startSecondThreadWorker } from "../src/build/second-thread-start.ts";

const USAGE = "usage: npm run build -- [--content DIR] [--out DIR] [--base-url URL] [--path-prefix /sub/]";

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "dist" },
        "base-url": { type: "string" },
        "path-prefix": { type: "string", default: "/" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  // The build's second thread starts first, and loads its modules while this one loads the build's.
  const worker = startSecondThreadWorker();
  const [{ runBuild }, { formatProblem }] = await Promise.all([import("../src/build/run-build.ts"), import("../src/content/problem.ts")]);
  const result = await runBuild(
    {
      contentDir: values.content,
      outDir: values.out,
      baseUrl: values["base-url"],
      pathPrefix: values["path-prefix"],
      includeDrafts: false,
      keepServingOnErrors: false,
    },
    worker,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    if (result.error !== undefined) console.error(result.error.stack ?? result.error.message);
    const errors = result.problems.filter((problem) => problem.severity === "error").length;
    const what = errors > 0 ? `${errors} error${errors === 1 ? "" : "s"} in ${values.content}` : "the build failed";
    console.error(`khabar: ${what}; ${values.out} was left as it was`);
    return 1;
  }
  console.log(`khabar: wrote ${result.pages} pages to ${values.out} in ${seconds} s`);
  return 0;
}

process.exitCode = await main();
