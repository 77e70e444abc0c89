import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { devPhotos } from "../../src/dev/dev-photos.ts";
import { inspectImage } from "../../src/images/image-file.ts";
import { allRenditions, imageRenditions } from "../../src/images/renditions.ts";
import type { MediaJob } from "../../src/site/site-model.ts";
import { writeTestPhoto } from "../helpers/test-photos.ts";

async function photoJob(dir: string): Promise<MediaJob> {
  const source = join(dir, "baku.jpg");
  const inspected = inspectImage(await writeTestPhoto(source, { width: 1000, height: 750 }));
  if (!inspected.ok) throw new Error(inspected.reason);
  return { src: "baku.jpg", path: "content/media/baku.jpg", source, renditions: allRenditions(imageRenditions(inspected.facts)) };
}

describe("the dev server's photos", () => {
  it("are processed into the cache on first request, all versions of the photo at once, and read from it after", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khabar-dev-photos-"));
    const cache = join(dir, "cache");
    const job = await photoJob(dir);
    const photos = devPhotos(cache);
    const name = job.renditions.find((rendition) => rendition.format === "webp" && rendition.width === 800)?.name ?? "";
    const [first, together] = await Promise.all([photos.file([job], `/media/${name}`), photos.file([job], `/media/${name}`)]);
    const metadata = await sharp(first).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 800, 600]);
    expect(Buffer.compare(first ?? Buffer.alloc(0), together ?? Buffer.alloc(1))).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(job.renditions.map((rendition) => rendition.name).sort());
  });

  it("answer nothing for a version no photo of the site has", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khabar-dev-photos-"));
    const photos = devPhotos(join(dir, "cache"));
    expect([await photos.file([await photoJob(dir)], "/media/0000000000000000-800.webp"), await photos.file([], "/assets/khabar.css")]).toEqual([undefined, undefined]);
  });
});
