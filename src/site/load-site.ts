/**
 * Reading, validating and modelling the whole site: the one entry point the build uses.
 */
import { parseContent, type Content } from "../content/parse-content.ts";
import { ContentErrors, type Problem } from "../content/problem.ts";
import { readContentSources } from "../content/read-content.ts";
import type { SiteOptions } from "./site-options.ts";
import { siteAddress, type SiteAddressConflict } from "./site-address.ts";
import { buildSite } from "./build-site.ts";
import type { SiteModel } from "./site-model.ts";

export interface LoadedSite {
  readonly model: SiteModel;
  /** Warnings only: with any error, {@link loadSite} throws. */
  readonly problems: readonly Problem[];
}

/**
 * The site model for a content folder; throws {@link ContentErrors} listing every error.
 * @example loadSite({ contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false }).model.homes.length // 2
 */
export function loadSite(options: SiteOptions, root: string = process.cwd()): LoadedSite {
  const { content, problems } = parseContent(readContentSources(options.contentDir, root), options);
  if (content === undefined) throw new ContentErrors(problems);
  return { model: siteModelFor(content, options), problems };
}

/**
 * The site model of validated content, at the address the options give; throws
 * {@link SiteAddressConflict} when the base URL's path and the path prefix disagree.
 * @example siteModelFor(content, { baseUrl: "https://example.org/news/", pathPrefix: undefined, … }).root.head.canonical // "https://example.org/news/"
 */
export function siteModelFor(content: Content, options: SiteOptions): SiteModel {
  return buildSite(content, siteAddress(options.baseUrl ?? content.site.url, options.pathPrefix));
}
