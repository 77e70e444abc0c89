/**
 * The slice of Eleventy's configuration API that khabar's plugin calls.
 */
export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): unknown;
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown;
  addPassthroughCopy(files: Record<string, string>): unknown;
  addWatchTarget(path: string): unknown;
  setServerOptions(options: Record<string, unknown>): unknown;
  setQuietMode(quiet: boolean): unknown;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): unknown;
  on(event: "eleventy.after", listener: (event: { directories: { output: string } }) => unknown): unknown;
}
