/**
 * The slice of Eleventy's configuration API that khabar's plugin calls, and that a site's own
 * `.eleventy.ts` may call for its plugins, shortcodes, filters and transforms.
 */
export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): unknown;
  addTemplate(virtualPath: string, content: string, data: Record<string, unknown>): unknown;
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown;
  addShortcode(name: string, shortcode: (...args: never[]) => unknown): unknown;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => unknown): unknown;
  addPlugin(plugin: unknown, options?: unknown): unknown;
  setLibrary(engine: "njk", library: unknown): unknown;
  on(event: "eleventy.after", listener: (event: { directories: { output: string } }) => unknown): unknown;
  readonly ignores: { add(glob: string): unknown };
}
