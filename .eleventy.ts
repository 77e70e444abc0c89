/**
 * The site's own Eleventy configuration, for `npm run build -- --engine eleventy`: Eleventy then
 * writes every page of the site, and whatever is added here (plugins, shortcodes, filters,
 * transforms) applies to all of them. khabar's own plugin (src/eleventy/khabar-plugin.ts) is added
 * before this file runs, with the build's options; nothing here needs to know them.
 */
import type { EleventyConfig } from "./src/eleventy/eleventy-config.ts";

export default function configure(eleventyConfig: EleventyConfig): void {
  // For example, a transform that runs on every page:
  // eleventyConfig.addTransform("trim", (content) => content.trim());
}
