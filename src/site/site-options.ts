/**
 * What a site is built from and for: which content, served where, drafts or not. Every driver (the
 * build, Eleventy, the dev server) takes these as arguments.
 */

export interface SiteOptions {
  /** The content folder, relative to the working directory. */
  readonly contentDir: string;
  /** Replaces `site.yaml`'s `url` when given. */
  readonly baseUrl: string | undefined;
  /** The sub-folder the site is served from, `/` at the root; when not given, the base URL's path (site-address.ts). */
  readonly pathPrefix?: string | undefined;
  /** Build reports marked `draft: true` (the dev server does). */
  readonly includeDrafts: boolean;
}

/**
 * The options of contract §1's defaults: `content/`, `site.yaml`'s address, at the root, no drafts.
 * @example DEFAULT_SITE_OPTIONS.contentDir // "content"
 */
export const DEFAULT_SITE_OPTIONS: SiteOptions = { contentDir: "content", baseUrl: undefined, pathPrefix: undefined, includeDrafts: false };
