/**
 * Where the site is served: its origin and the sub-folder it lives in. The sub-folder may be given
 * as the base URL's path (`https://example.org/news/`), as `--path-prefix /news/`, or as both when
 * they agree; it is never doubled (`…/news/news/…`).
 */
import { normalisePathPrefix, type SiteAddress } from "./site-urls.ts";

/** The base URL's path and `--path-prefix` name different sub-folders: an expected failure, said in one line. */
export class SiteAddressConflict extends Error {
  override readonly name = "SiteAddressConflict";
}

/**
 * The site's address from its base URL (`--base-url` or `site.yaml`'s `url`) and the `--path-prefix`, if given.
 * @example siteAddress("https://example.org/news/", undefined) // { baseUrl: "https://example.org", pathPrefix: "/news/" }
 * @example siteAddress("https://example.org/news/", "/news/") // { baseUrl: "https://example.org", pathPrefix: "/news/" }
 * @example siteAddress("https://example.org", "/news/") // { baseUrl: "https://example.org", pathPrefix: "/news/" }
 */
export function siteAddress(baseUrl: string, pathPrefix: string | undefined): SiteAddress {
  const url = new URL(baseUrl);
  const urlPath = normalisePathPrefix(decodeURI(url.pathname));
  const given = pathPrefix === undefined ? undefined : normalisePathPrefix(pathPrefix);
  if (given !== undefined && urlPath !== "/" && given !== urlPath) {
    throw new SiteAddressConflict(
      `the base URL ${baseUrl} is served from ${urlPath}, but --path-prefix says ${given}: give the sub-folder once, in the base URL or with --path-prefix`,
    );
  }
  return { baseUrl: url.origin, pathPrefix: given ?? urlPath };
}
