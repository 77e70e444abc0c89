/**
 * What a build is asked and what it answers, whichever driver writes the pages (the fast writer in
 * src/publish/, Eleventy in src/eleventy/).
 */
import type { Problem } from "../content/problem.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { OutputFolderOptions } from "./write-then-replace.ts";

/** A build of the published site (drafts left out) into `outDir`. */
export interface BuildRequest extends Omit<SiteOptions, "includeDrafts"> {
  readonly outDir: string;
  /** Called once when another build is writing to `outDir` and this one waits for it to finish. */
  readonly onWait?: (() => void) | undefined;
  /** Where processed photos are kept between builds; the project's `node_modules/.cache/khabar-images/` when not given. */
  readonly imageCacheDir?: string | undefined;
}

export type BuildResult =
  | { readonly ok: true; readonly pages: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly error?: Error };

/**
 * The options of the site a build makes: the request's, without drafts.
 * @example publishedSiteOptions({ contentDir: "content", outDir: "dist", baseUrl: undefined, pathPrefix: "/" }).includeDrafts // false
 */
export function publishedSiteOptions(request: BuildRequest): SiteOptions {
  return { contentDir: request.contentDir, baseUrl: request.baseUrl, pathPrefix: request.pathPrefix, includeDrafts: false };
}

/**
 * How a build's output folder is handled: kept clear of the content, and waited for.
 * @example outputFolderOptions(request).contentDir // "content"
 */
export function outputFolderOptions(request: BuildRequest): OutputFolderOptions {
  return { contentDir: request.contentDir, onWait: request.onWait ?? (() => undefined) };
}

/**
 * The result of writing `pages` pages: success, or the failure (a template's or the disk's) as the error.
 * @example await writingOutcome(writeThenReplace("dist", write), 119) // { ok: true, pages: 119 }
 */
export async function writingOutcome(writing: Promise<void>, pages: number): Promise<BuildResult> {
  try {
    await writing;
    return { ok: true, pages };
  } catch (error) {
    return { ok: false, problems: [], error: error instanceof Error ? error : new Error(String(error)) };
  }
}
