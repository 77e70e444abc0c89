/**
 * The parts of Eleventy's API khabar uses. Eleventy 3 ships JavaScript with JSDoc but no
 * declarations TypeScript can read without `allowJs`, so these are written out here.
 */
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    pathPrefix?: string;
    /** Runs before the configuration file, on the same configuration object. */
    config?: (eleventyConfig: import("../eleventy/eleventy-config.ts").EleventyConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
