/**
 * What a photo file is, told from its bytes rather than its name: its format, its size as shown
 * (an EXIF rotation applied) and a hash of its content, which names its processed versions.
 */
import { createHash } from "node:crypto";
import { imageSize } from "image-size";

/** The formats khabar processes: what browsers show and sharp reads without extra codecs. */
export type ImageFormat = "jpeg" | "png" | "webp" | "avif" | "gif" | "tiff";

/** An image file as the site uses it. */
export interface ImageFacts {
  readonly format: ImageFormat;
  /** Width and height in pixels as the photo is seen, after its EXIF orientation. */
  readonly width: number;
  readonly height: number;
  /** The first 16 hex digits of the SHA-256 of the file: the same photo has the same name whatever it is called. */
  readonly hash: string;
}

export type ImageInspection = { readonly ok: true; readonly facts: ImageFacts } | { readonly ok: false; readonly reason: string };

/** image-size's names of the formats khabar takes. */
const FORMAT_OF_TYPE: Readonly<Record<string, ImageFormat>> = { jpg: "jpeg", png: "png", webp: "webp", avif: "avif", gif: "gif", tiff: "tiff" };

/**
 * The largest photo processed, in pixels: sharp's own default limit (0x3FFF × 0x3FFF), so that a
 * file it would refuse is refused while the content is checked, with the file named.
 */
export const MAX_IMAGE_PIXELS = 0x3fff * 0x3fff;

const ACCEPTED = "a JPEG, PNG, WebP, AVIF, GIF or TIFF photo";

/**
 * Inspects an image file's bytes; an SVG is refused, as it can carry script.
 * @example inspectImage(readFileSync("content/media/2025/itu-baku.jpg")) // { ok: true, facts: { format: "jpeg", width: 1600, height: 1067, hash: "3f9a2c1e0b7d4a65" } }
 */
export function inspectImage(bytes: Uint8Array): ImageInspection {
  let size;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, reason: `is not an image: expected ${ACCEPTED}` };
  }
  if (size.type === "svg") return { ok: false, reason: "is an SVG drawing, which can carry script: export it as a PNG or JPEG" };
  const format = size.type === undefined ? undefined : FORMAT_OF_TYPE[size.type];
  if (format === undefined) return { ok: false, reason: `is a ${(size.type ?? "unknown").toUpperCase()} image: expected ${ACCEPTED}` };
  const { width, height } = size;
  if (width === undefined || height === undefined || width < 1 || height < 1) return { ok: false, reason: "has no width or height: the file may be damaged" };
  if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: `is ${width}×${height} pixels, more than khabar processes (${MAX_IMAGE_PIXELS} pixels)` };
  // Orientations 5 to 8 turn the photo a quarter: it is shown with width and height swapped.
  const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  return {
    ok: true,
    facts: { format, width: turned ? height : width, height: turned ? width : height, hash: createHash("sha256").update(bytes).digest("hex").slice(0, 16) },
  };
}
