/**
 * What a build is asked to do: which content, served where, drafts or not. The command-line
 * scripts set these as environment variables, so the same `.eleventy.ts` serves `npm run build`,
 * `npm start` and a plain `eleventy` run alike.
 */

export interface BuildOptions {
  /** The content folder, relative to the working directory. */
  readonly contentDir: string;
  /** Replaces `site.yaml`'s `url` when given. */
  readonly baseUrl: string | undefined;
  /** The sub-folder the site is served from, `/` at the root. */
  readonly pathPrefix: string;
  /** Build reports marked `draft: true` (the dev server does). */
  readonly includeDrafts: boolean;
  /** On content errors, print them and keep the last good pages instead of failing (the dev server does). */
  readonly keepServingOnErrors: boolean;
}

const VARIABLES = {
  contentDir: "KHABAR_CONTENT",
  baseUrl: "KHABAR_BASE_URL",
  pathPrefix: "KHABAR_PATH_PREFIX",
  includeDrafts: "KHABAR_DRAFTS",
  keepServingOnErrors: "KHABAR_KEEP_SERVING",
} as const;

/**
 * Build options from environment variables, with the defaults of contract §1.
 * @example buildOptionsFromEnvironment({ KHABAR_CONTENT: "fixtures/site" }) // { contentDir: "fixtures/site", baseUrl: undefined, pathPrefix: "/", includeDrafts: false, keepServingOnErrors: false }
 */
export function buildOptionsFromEnvironment(env: NodeJS.ProcessEnv): BuildOptions {
  return {
    contentDir: env[VARIABLES.contentDir] || "content",
    baseUrl: env[VARIABLES.baseUrl] || undefined,
    pathPrefix: env[VARIABLES.pathPrefix] || "/",
    includeDrafts: env[VARIABLES.includeDrafts] === "1",
    keepServingOnErrors: env[VARIABLES.keepServingOnErrors] === "1",
  };
}

/**
 * The environment variables that carry build options.
 * @example environmentForBuildOptions({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: true, keepServingOnErrors: true })
 * // { KHABAR_CONTENT: "content", KHABAR_PATH_PREFIX: "/", KHABAR_DRAFTS: "1", KHABAR_KEEP_SERVING: "1" }
 */
export function environmentForBuildOptions(options: BuildOptions): Record<string, string> {
  const env: Record<string, string> = {
    [VARIABLES.contentDir]: options.contentDir,
    [VARIABLES.pathPrefix]: options.pathPrefix,
    [VARIABLES.includeDrafts]: options.includeDrafts ? "1" : "0",
    [VARIABLES.keepServingOnErrors]: options.keepServingOnErrors ? "1" : "0",
  };
  if (options.baseUrl !== undefined) env[VARIABLES.baseUrl] = options.baseUrl;
  return env;
}
