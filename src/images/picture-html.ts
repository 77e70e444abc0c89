/**
 * The one place a `<picture>` element is written, for the layouts (the `picture` filter) and for
 * images in report bodies (the Markdown renderer). Every value is escaped: an author's alt text
 * never becomes markup.
 */

/** A photo's versions, with their addresses already made for the page. */
export interface PictureSources {
  readonly width: number;
  readonly height: number;
  /** The fallback `<img src>`: the JPEG at the widest width. */
  readonly src: string;
  /** `srcset` by media type, the preferred type first; the last is the `<img>`'s own. */
  readonly sources: readonly { readonly type: string; readonly srcset: string }[];
}

export interface PictureHtmlOptions {
  readonly alt: string;
  /** How wide the picture is shown, e.g. `(min-width: 48rem) 46rem, 100vw`. */
  readonly sizes: string;
  /** `eager` with high priority for the lead photo, which is the page's largest paint; `lazy` for the rest. */
  readonly loading: "eager" | "lazy";
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * The `<picture>` of a photo.
 * @example pictureHtml(sources, { alt: "The minister in Baku", sizes: "100vw", loading: "lazy" })
 * // '<picture><source type="image/webp" srcset="/media/a-200.webp 200w, …" sizes="100vw"><img src="/media/a-1200.jpg" srcset="…" sizes="100vw" width="1200" height="800" alt="The minister in Baku" loading="lazy" decoding="async"></picture>'
 */
export function pictureHtml(picture: PictureSources, { alt, sizes, loading }: PictureHtmlOptions): string {
  const sizesAttribute = `sizes="${escapeHtml(sizes)}"`;
  const fallback = picture.sources.at(-1);
  const sources = picture.sources
    .slice(0, -1)
    .map((source) => `<source type="${escapeHtml(source.type)}" srcset="${escapeHtml(source.srcset)}" ${sizesAttribute}>`)
    .join("");
  const priority = loading === "eager" ? ' fetchpriority="high"' : "";
  const srcset = fallback === undefined ? "" : ` srcset="${escapeHtml(fallback.srcset)}" ${sizesAttribute}`;
  return (
    `<picture>${sources}<img src="${escapeHtml(picture.src)}"${srcset} width="${picture.width}" height="${picture.height}" ` +
    `alt="${escapeHtml(alt)}" loading="${loading}" decoding="async"${priority}></picture>`
  );
}
