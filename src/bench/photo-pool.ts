/**
 * The benchmark's photos: a pool of distinct 1600×1067 JPEGs, each a different smooth scene with a
 * photograph's grain, so they cost what camera photos cost to decode, scale and encode. The same
 * count always gives the same files.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { seededRandom } from "./random.ts";

const WIDTH = 1600;
const HEIGHT = 1067;

/**
 * Writes `count` photos into `dir`; their names, as `image.src` below the content's media folder
 * whose subfolder `dir` is, come back in order.
 * @example await writePhotoPool("/tmp/bench/content/media/bench", "bench", 100) // ["bench/photo-001.jpg", …]
 */
export async function writePhotoPool(dir: string, prefix: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const next = seededRandom(1000 + index);
    const colour = () => Math.floor(40 + next() * 180);
    const shapes = Array.from({ length: 6 }, () => {
      const [x, y, r] = [next() * WIDTH, next() * HEIGHT, 60 + next() * 300];
      return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="rgb(${colour()},${colour()},${colour()})"/>`;
    }).join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="rgb(${colour()},${colour()},${colour()})"/>${shapes}</svg>`;
    const drawn = await sharp(Buffer.from(svg)).removeAlpha().blur(6).raw().toBuffer();
    const grain = Buffer.alloc(WIDTH * HEIGHT * 3);
    for (let at = 0; at < grain.length; at++) grain[at] = 116 + Math.floor(next() * 24);
    const name = `photo-${String(index + 1).padStart(3, "0")}.jpg`;
    await sharp(drawn, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .composite([{ input: grain, raw: { width: WIDTH, height: HEIGHT, channels: 3 }, blend: "overlay" }])
      .jpeg({ quality: 85 })
      .toFile(join(dir, name));
    names.push(`${prefix}/${name}`);
  }
  return names;
}
