/**
 * The part of @11ty/eleventy-img's API khabar uses (src/image-processing/make-renditions.ts): the
 * package ships JavaScript without declarations.
 */
declare module "@11ty/eleventy-img" {
  import type { Sharp, SharpOptions, JpegOptions, WebpOptions } from "sharp";

  export interface ImageOptions {
    widths: number[];
    formats: string[];
    /** Process in memory and give each output's bytes as `buffer`; nothing is written. */
    dryRun?: boolean;
    useCache?: boolean;
    fixOrientation?: boolean;
    sharpOptions?: SharpOptions;
    sharpWebpOptions?: WebpOptions;
    sharpJpegOptions?: JpegOptions;
    /** Runs on each output's sharp pipeline before it is resized and encoded. */
    transform?: (sharp: Sharp) => void | Promise<void>;
    /** Which sources keep only formats that can show them (transparent, animated); `[]` for none. */
    formatFiltering?: string[];
  }

  export interface ImageOutput {
    format: string;
    width: number;
    height: number;
    size: number;
    buffer: Buffer;
  }

  export default function eleventyImage(src: string, options: ImageOptions): Promise<Record<string, ImageOutput[]>>;
}
