/**
 * `npm start [-- --content DIR --port 8080]`: Eleventy's dev server with live reload. Drafts are
 * shown (marked as drafts); content errors are printed in the terminal and the server keeps running.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { environmentForBuildOptions } from "../src/build/build-options.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    port: { type: "string", default: "8080" },
  },
  strict: true,
});

Object.assign(
  process.env,
  environmentForBuildOptions({ contentDir: values.content, baseUrl: "http://localhost:" + values.port, pathPrefix: "/", includeDrafts: true, keepServingOnErrors: true }),
);
// The dev server serves from its own folder so that `dist/` always holds a real build.
const output = mkdtempSync(join(tmpdir(), "khabar-dev-"));
const eleventy = new Eleventy("layouts", output, { configPath: ".eleventy.ts", runMode: "serve", quietMode: true });
await eleventy.init();
await eleventy.watch();
await eleventy.serve(Number(values.port));
