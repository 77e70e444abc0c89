/**
 * Which page an address asks for, the way a static host answers a built site: `/x/` and
 * `/x/index.html` are the same page, `/x` is redirected to `/x/`.
 */

/** A page to serve, a redirect to send, or nothing there. */
export type Resolved = { readonly page: string } | { readonly redirectTo: string } | { readonly notFound: true };

/**
 * Resolves a request's path (already decoded) against the addresses the site has.
 * @example resolveAddress("/fa/news/x", (path) => path === "/fa/news/x/") // { redirectTo: "/fa/news/x/" }
 */
export function resolveAddress(pathname: string, exists: (path: string) => boolean): Resolved {
  if (exists(pathname)) return { page: pathname };
  if (pathname.endsWith("/index.html")) {
    const folder = pathname.slice(0, -"index.html".length);
    if (exists(folder)) return { page: folder };
  }
  if (!pathname.endsWith("/") && exists(`${pathname}/`)) return { redirectTo: `${pathname}/` };
  return { notFound: true };
}
