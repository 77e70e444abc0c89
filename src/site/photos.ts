/**
 * Photos as pages show them: a photo's processed versions at their addresses below `/media/`, and
 * the list of files every build makes (src/image-processing/). A version's name comes from the
 * photo's content (src/images/renditions.ts), so its address is ASCII and the same in every build.
 */
import type { Content } from "../content/parse-content.ts";
import type { MediaFile } from "../content/media-folder.ts";
import { MEDIA_URL_PREFIX } from "../content/media-path.ts";
import type { Report } from "../content/report.ts";
import type { Lang } from "../i18n/locales.ts";
import type { PictureSources } from "../images/picture-html.ts";
import { imageRenditions, MEDIA_TYPE, PICTURE_FORMATS, type Rendition } from "../images/renditions.ts";
import type { MediaJob, ShareImage } from "./site-model.ts";

/** Where the processed versions of photos are served, below the site's root. */
export const MEDIA_OUTPUT_DIR = "media";

/**
 * The address of a processed version below the site's root.
 * @example renditionPath({ name: "3f9a2c1e0b7d4a65-800.webp", … }) // "/media/3f9a2c1e0b7d4a65-800.webp"
 */
export function renditionPath(rendition: Rendition): string {
  return `/${MEDIA_OUTPUT_DIR}/${rendition.name}`;
}

/**
 * The address below the site's root of a photo's widest JPEG: the `<img>` fallback, the feeds'
 * enclosure, the article's JSON-LD image.
 * @example widestJpegPath(file) // "/media/3f9a2c1e0b7d4a65-1200.jpg"
 */
export function widestJpegPath(file: MediaFile): string {
  const widest = imageRenditions(file.facts).byFormat.jpeg.at(-1);
  return widest === undefined ? "" : renditionPath(widest);
}

/**
 * A photo's `<picture>` sources, each address made by `address` (a page's link or an absolute URL).
 * @example pictureOf(file, urls.href).sources[0] // { type: "image/webp", srcset: "/media/3f9a2c1e0b7d4a65-200.webp 200w, …" }
 */
export function pictureOf(file: MediaFile, address: (path: string) => string): PictureSources {
  const renditions = imageRenditions(file.facts);
  const widest = renditions.byFormat.jpeg.at(-1);
  // The widest version's size: `width` and `height` give the browser the shape to keep free.
  return {
    width: widest?.width ?? renditions.width,
    height: widest?.height ?? renditions.height,
    src: address(widestJpegPath(file)),
    sources: PICTURE_FORMATS.map((format) => ({
      type: MEDIA_TYPE[format],
      srcset: renditions.byFormat[format].map((rendition) => `${address(renditionPath(rendition))} ${rendition.width}w`).join(", "),
    })),
  };
}

/**
 * The versions of each photo a body shows, by the address the body writes; `address` makes each
 * version's address (a page's link, or an absolute URL for the feeds).
 * @example bodyPictures(report, content.media, urls.href)["/media/2025/talks.jpg"].src // "/media/51c0ffee12345678-1200.jpg"
 */
export function bodyPictures(report: Report, media: ReadonlyMap<string, MediaFile>, address: (path: string) => string): Record<string, PictureSources> {
  const pictures: Record<string, PictureSources> = {};
  for (const image of report.bodyImages) {
    const file = media.get(image.src);
    if (file !== undefined) pictures[`${MEDIA_URL_PREFIX}${image.src}`] = pictureOf(file, address);
  }
  return pictures;
}

/**
 * The picture shown when a page is shared: the photo's 1200×630 crop at its absolute address.
 * @example shareImageOf(file, "The minister in Baku", urls.absolute).url // "https://news.example.org/media/3f9a2c1e0b7d4a65-share.jpg"
 */
export function shareImageOf(file: MediaFile, alt: string, absolute: (path: string) => string): ShareImage {
  const card = imageRenditions(file.facts).shareCard;
  return { url: absolute(renditionPath(card)), alt, width: card.width, height: card.height, type: MEDIA_TYPE[card.format] };
}

/**
 * The site's default share picture in each language, from `site.yaml`'s `image`, if it names one.
 * @example defaultShareImages(content, urls.absolute).en?.alt // "The building of the Ministry of ICT"
 */
export function defaultShareImages(content: Content, absolute: (path: string) => string): Readonly<Record<Lang, ShareImage | undefined>> {
  const image = content.site.image;
  const file = image === undefined ? undefined : content.media.get(image.src);
  const inLang = (lang: Lang) => (image === undefined || file === undefined ? undefined : shareImageOf(file, image[lang].alt, absolute));
  return { fa: inLang("fa"), en: inLang("en") };
}

/**
 * Every photo the site shows with the files to make of it, in the order of their paths, so every
 * build lists them alike: a lead photo's `<picture>` versions and share card, a body photo's
 * versions, and only the share card of the site's default picture, which no page shows.
 * @example mediaJobs(content)[0] // { src: "2025/itu-baku.jpg", path: "content/media/2025/itu-baku.jpg", source: "/repo/content/media/2025/itu-baku.jpg", renditions: [9 files] }
 */
export function mediaJobs(content: Content): MediaJob[] {
  const shown = new Set<string>();
  const shared = new Set<string>();
  for (const report of content.reports) {
    if (report.image !== undefined) {
      shown.add(report.image.src);
      shared.add(report.image.src);
    }
    for (const image of report.bodyImages) shown.add(image.src);
  }
  if (content.site.image !== undefined) shared.add(content.site.image.src);
  return [...content.media.values()]
    .filter((file) => shown.has(file.src) || shared.has(file.src))
    .sort((a, b) => (a.src < b.src ? -1 : a.src > b.src ? 1 : 0))
    .map((file) => {
      const renditions = imageRenditions(file.facts);
      const files = [...(shown.has(file.src) ? PICTURE_FORMATS.flatMap((format) => renditions.byFormat[format]) : []), ...(shared.has(file.src) ? [renditions.shareCard] : [])];
      return { src: file.src, path: file.path, source: file.absolutePath, renditions: files };
    });
}
