/**
 * Eleventy's configuration: a table of contents. The work lives in `src/`; the plugin in
 * `src/eleventy/` wires it in. Build options come from the environment (see `src/build/build-options.ts`),
 * which `scripts/build.ts` and `scripts/start.ts` set.
 */
import { buildOptionsFromEnvironment } from "./src/build/build-options.ts";
import type { EleventyConfig } from "./src/eleventy/eleventy-config.ts";
import { khabarPlugin } from "./src/eleventy/khabar-plugin.ts";

export default function configure(eleventyConfig: EleventyConfig): void {
  khabarPlugin(eleventyConfig, buildOptionsFromEnvironment(process.env));
}

export const config = {
  dir: {
    // Page templates (each paginates over part of the site model) and, in partials/, the shared layout.
    input: "layouts",
    includes: "partials",
  },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
