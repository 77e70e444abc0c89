/**
 * `tsx scripts/make-sample-photos.ts`: draws the sample site's photos (content/media/sample/), so
 * they are free of any licence: generated here, dedicated to the public domain (CC0), see
 * content/media/sample/LICENSE.md. Each is a 1600×1067 scene (sky, a hall's wall, a long table,
 * two flags) with a photograph's grain, so it compresses like a photo, not like a drawing.
 */
import { mkdirSync } from "node:fs";
import sharp from "sharp";

const WIDTH = 1600;
const HEIGHT = 1067;

interface Scene {
  readonly name: string;
  readonly sky: readonly [string, string];
  readonly wall: string;
  readonly flags: readonly [string, string];
}

const SCENES: readonly Scene[] = [
  { name: "itu-baku-meeting.jpg", sky: ["#9cc3e6", "#e8f1f8"], wall: "#8a6d4f", flags: ["#239f40", "#0092bc"] },
  { name: "wtdc-25-hall.jpg", sky: ["#2b3a55", "#6b7fa3"], wall: "#3c4660", flags: ["#1d70b8", "#f0b323"] },
  { name: "ministry-building.jpg", sky: ["#f2c48d", "#fbe9d0"], wall: "#b59b7a", flags: ["#239f40", "#da0000"] },
];

function sceneSvg(scene: Scene): string {
  const [skyTop, skyBottom] = scene.sky;
  const [left, right] = scene.flags;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient>
<radialGradient id="light" cx="0.7" cy="0.2" r="0.8"><stop offset="0" stop-color="#fff" stop-opacity="0.45"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>
<rect y="${HEIGHT * 0.42}" width="100%" height="${HEIGHT * 0.58}" fill="${scene.wall}"/>
<rect x="${WIDTH * 0.18}" y="${HEIGHT * 0.16}" width="8" height="${HEIGHT * 0.5}" fill="#444"/>
<rect x="${WIDTH * 0.18 + 8}" y="${HEIGHT * 0.16}" width="${WIDTH * 0.12}" height="${HEIGHT * 0.16}" fill="${left}"/>
<rect x="${WIDTH * 0.78}" y="${HEIGHT * 0.16}" width="8" height="${HEIGHT * 0.5}" fill="#444"/>
<rect x="${WIDTH * 0.78 + 8}" y="${HEIGHT * 0.16}" width="${WIDTH * 0.12}" height="${HEIGHT * 0.16}" fill="${right}"/>
<ellipse cx="${WIDTH * 0.4}" cy="${HEIGHT * 0.52}" rx="${WIDTH * 0.06}" ry="${HEIGHT * 0.2}" fill="#1f2630"/>
<circle cx="${WIDTH * 0.4}" cy="${HEIGHT * 0.3}" r="${WIDTH * 0.035}" fill="#c99b7b"/>
<ellipse cx="${WIDTH * 0.6}" cy="${HEIGHT * 0.52}" rx="${WIDTH * 0.06}" ry="${HEIGHT * 0.2}" fill="#2a2f3a"/>
<circle cx="${WIDTH * 0.6}" cy="${HEIGHT * 0.3}" r="${WIDTH * 0.035}" fill="#b88a6a"/>
<rect x="${WIDTH * 0.08}" y="${HEIGHT * 0.66}" width="${WIDTH * 0.84}" height="${HEIGHT * 0.08}" fill="#5a3e2b"/>
<rect x="${WIDTH * 0.1}" y="${HEIGHT * 0.74}" width="${WIDTH * 0.8}" height="${HEIGHT * 0.26}" fill="#3d2a1d"/>
<rect width="100%" height="100%" fill="url(#light)"/>
</svg>`;
}

/** A photograph's grain: the same noise for every run, from a fixed seed. */
function grain(seed: number): Buffer {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  let state = seed;
  for (let at = 0; at < pixels.length; at++) {
    state = (state * 1103515245 + 12345) >>> 0;
    pixels[at] = 116 + ((state >>> 16) % 24);
  }
  return pixels;
}

const folder = new URL("../content/media/sample/", import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [index, scene] of SCENES.entries()) {
  const drawn = await sharp(Buffer.from(sceneSvg(scene))).removeAlpha().blur(2.5).raw().toBuffer();
  await sharp(drawn, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .composite([{ input: grain(index + 1), raw: { width: WIDTH, height: HEIGHT, channels: 3 }, blend: "overlay" }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(new URL(scene.name, folder).pathname);
  console.log(`content/media/sample/${scene.name}`);
}
