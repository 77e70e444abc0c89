/**
 * Photos made for tests with sharp: a noisy scene of a given size, as a camera's photo is noisy,
 * with EXIF (camera, GPS, orientation) when asked.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import sharp from "sharp";

export interface TestPhotoOptions {
  readonly width: number;
  readonly height: number;
  readonly format?: "jpeg" | "png" | "webp";
  /** EXIF tags to write, e.g. `{ IFD0: { Make: "Camera" }, IFD3: { GPSLatitudeRef: "N" } }`. */
  readonly exif?: Record<string, Record<string, string>>;
  /** The EXIF orientation (1–8). */
  readonly orientation?: number;
  /** A camera's noise (the default); without it a huge photo is made and read in a fraction of the time. */
  readonly noise?: boolean;
}

/**
 * Writes a test photo and returns its bytes.
 * @example await writeTestPhoto("/tmp/c/media/a.jpg", { width: 1600, height: 1067 })
 */
export async function writeTestPhoto(path: string, options: TestPhotoOptions): Promise<Buffer> {
  mkdirSync(dirname(path), { recursive: true });
  const noise = options.noise === false ? {} : { noise: { type: "gaussian", mean: 120, sigma: 18 } as const };
  let image = sharp({ create: { width: options.width, height: options.height, channels: 3, background: "#4a6b8a", ...noise } });
  if (options.exif !== undefined) image = image.withExif(options.exif);
  if (options.orientation !== undefined) image = image.withMetadata({ orientation: options.orientation });
  const format = options.format ?? "jpeg";
  const bytes = await image.toFormat(format, format === "jpeg" ? { quality: 85 } : {}).toBuffer();
  writeFileSync(path, bytes);
  return bytes;
}
