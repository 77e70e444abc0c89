/**
 * The processed versions of a photo: each width in WebP and JPEG for `<picture>`, and one 1200×630
 * JPEG for sharing. Their names come from the photo's content hash, so they are ASCII, never clash,
 * and stay valid in a cache for as long as the photo is the same.
 */
import type { ImageFacts } from "./image-file.ts";

/** The widths a photo is made in: a teaser's thumbnail (200, 400 at DPR 2) to a wide screen's lead (1200). */
export const PICTURE_WIDTHS: readonly number[] = [200, 400, 800, 1200];

/** The formats of `<picture>`, the browser's choice first; JPEG is the fallback every browser shows. */
export const PICTURE_FORMATS = ["webp", "jpeg"] as const;

export type PictureFormat = (typeof PICTURE_FORMATS)[number];

/** The size of the picture shown when a report is shared (Open Graph, X). */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** The media type of each output format. */
export const MEDIA_TYPE: Readonly<Record<PictureFormat, string>> = { webp: "image/webp", jpeg: "image/jpeg" };

const EXTENSION: Readonly<Record<PictureFormat, string>> = { webp: "webp", jpeg: "jpg" };

/** One processed file of a photo. */
export interface Rendition {
  /** Its file name below `media/`, e.g. `3f9a2c1e0b7d4a65-800.webp`. */
  readonly name: string;
  readonly format: PictureFormat;
  readonly width: number;
  readonly height: number;
  /** Whether it is the share card: cropped to {@link SHARE_CARD}, not scaled. */
  readonly crop: boolean;
}

/** Every processed file of one photo. */
export interface ImageRenditions {
  /** Width and height of the photo as shown. */
  readonly width: number;
  readonly height: number;
  /** The `<picture>` versions, by format, narrowest first. */
  readonly byFormat: Readonly<Record<PictureFormat, readonly Rendition[]>>;
  readonly shareCard: Rendition;
}

/**
 * The widths a photo is made in: those of {@link PICTURE_WIDTHS} it is wide enough for, and its own
 * width when that is narrower than the widest; a photo is never enlarged.
 * @example pictureWidths(1000) // [200, 400, 800, 1000]
 * @example pictureWidths(150) // [150]
 */
export function pictureWidths(width: number): number[] {
  const widths = PICTURE_WIDTHS.filter((candidate) => candidate <= width);
  const widest = PICTURE_WIDTHS.at(-1) ?? width;
  if (width < widest && !widths.includes(width)) widths.push(width);
  return widths;
}

/**
 * The processed files of a photo.
 * @example imageRenditions({ format: "jpeg", width: 1600, height: 1067, hash: "3f9a2c1e0b7d4a65" }).byFormat.webp[2] // { name: "3f9a2c1e0b7d4a65-800.webp", format: "webp", width: 800, height: 533, crop: false }
 */
export function imageRenditions(facts: ImageFacts): ImageRenditions {
  const widths = pictureWidths(facts.width);
  const scaled = (format: PictureFormat) =>
    widths.map((width): Rendition => ({ name: `${facts.hash}-${width}.${EXTENSION[format]}`, format, width, height: scaledHeight(facts, width), crop: false }));
  return {
    width: facts.width,
    height: facts.height,
    byFormat: { webp: scaled("webp"), jpeg: scaled("jpeg") },
    shareCard: { name: `${facts.hash}-share.jpg`, format: "jpeg", ...SHARE_CARD, crop: true },
  };
}

/** The height of a photo scaled to a width, rounded down as sharp and eleventy-img round it. */
function scaledHeight(facts: ImageFacts, width: number): number {
  return width === facts.width ? facts.height : Math.max(1, Math.floor((width * facts.height) / facts.width));
}

/**
 * Every file of a photo, `<picture>` versions and share card.
 * @example allRenditions(imageRenditions(facts)).length // 9
 */
export function allRenditions(renditions: ImageRenditions): Rendition[] {
  return [...PICTURE_FORMATS.flatMap((format) => renditions.byFormat[format]), renditions.shareCard];
}
