/**
 * Photos through `npm run build`: processed into the image cache and copied into the output, every
 * version without EXIF, the lead photo as the page's first `<picture>`, share cards and feed
 * enclosures; every kind of bad photo refused by name and line with nothing written; a cached
 * build processing nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, realpathSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { npmScriptNodeArgs } from "../../src/bench/npm-script.ts";
import { reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";
import { sampleBuild } from "../helpers/sample-site.ts";
import { writeTestPhoto } from "../helpers/test-photos.ts";

const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];
const LEAD = ["image:", "  src: 2025/baku.jpg", '  alt: "The minister & the Secretary-General"', "  caption: Talks in Baku", "  credit: IRNA"];

let root: string;
let cache: string;
let out: string;
let content: string;
let before: Record<string, string>;
let firstBuild: { status: number | null; stderr: string };

/** The file of the first version of the photo in the output (their names are content hashes). */
function mediaFiles(): string[] {
  return readdirSync(join(out, "media")).sort();
}

function build(files: Record<string, string>, name: string, photos: (content: string) => Promise<void> = async () => undefined) {
  return async () => {
    const dir = writeFixtureSite(files, join(root, name));
    await photos(dir);
    const result = runScript("build", ["--content", dir, "--out", out, "--image-cache", cache]);
    return { ...result, at: relative(REPO_ROOT, dir) };
  };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "khabar-photos-"));
  cache = join(root, "image-cache");
  out = join(root, "dist");
  content = writeFixtureSite(
    {
      "en/news/2025/baku.md": reportText(["title: Talks in Baku", ...FIELDS, ...LEAD], "Lead.\n\n![The hall of the conference](/media/2025/hall.png)\n\nMore."),
    },
    join(root, "good"),
  );
  await writeTestPhoto(join(content, "media/2025/baku.jpg"), {
    width: 1600,
    height: 1067,
    exif: { IFD0: { Make: "TestCam", Model: "K1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "51/1 25/1 0/1" } },
  });
  await writeTestPhoto(join(content, "media/2025/hall.png"), { width: 900, height: 600, format: "png" });
  firstBuild = runScript("build", ["--content", content, "--out", out, "--image-cache", cache]);
  before = treeFingerprint(out);
}, 60_000);

describe("npm run build with photos", () => {
  it("writes nine versions of the lead photo and eight of the body's, which is never shared, names from their content", () => {
    expect([firstBuild.status, firstBuild.stderr]).toEqual([0, ""]);
    const names = mediaFiles();
    expect(names.length).toBe(17);
    expect(names.filter((name) => name.endsWith("-share.jpg")).length).toBe(1);
    expect(names.every((name) => /^[0-9a-f]{16}-(200|400|800|900|1200|share)\.(webp|jpg)$/.test(name))).toBe(true);
  });

  it("keeps no EXIF, camera or GPS in any version", async () => {
    const kept = await Promise.all(mediaFiles().map(async (name) => (await sharp(join(out, "media", name)).metadata()).exif !== undefined));
    expect(kept.filter(Boolean)).toEqual([]);
  });

  it("makes the share card 1200×630 and the widest version 1200 wide", async () => {
    const share = mediaFiles().find((name) => name.endsWith("-share.jpg")) ?? "";
    const metadata = await sharp(join(out, "media", share)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", 1200, 630]);
  });

  it("leads the report with a figure: the picture eager and first in priority, caption and credit escaped", () => {
    const html = readFileSync(join(out, "en/news/baku/index.html"), "utf8");
    const figure = /<figure class="report__photo">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "";
    expect(figure).toContain('alt="The minister &amp; the Secretary-General" loading="eager" decoding="async" fetchpriority="high"');
    expect(figure).toContain('width="1200" height="800"');
    expect(figure.replace(/\s+/g, " ")).toContain('<figcaption>Talks in Baku <span class="report__photo-credit">Photo: IRNA</span></figcaption>');
    expect(/<picture><source type="image\/webp" srcset="\/media\/[0-9a-f]{16}-200\.webp 200w, [^"]*-1200\.webp 1200w" sizes="\(min-width: 44rem\) 42rem, calc\(100vw - 2rem\)">/.test(figure)).toBe(true);
  });

  it("shows the body's photo as a lazy picture at its own width, 900 pixels", () => {
    const html = readFileSync(join(out, "en/news/baku/index.html"), "utf8");
    const body = /<p><picture>[\s\S]*?<\/picture><\/p>/.exec(html)?.[0] ?? "";
    expect(body).toContain('width="900" height="600" alt="The hall of the conference" loading="lazy" decoding="async"></picture>');
    expect(body).toMatch(/-900\.webp 900w"/);
  });

  it("shares the report with its photo: og:image absolute, its alt, a large card, and JSON-LD", () => {
    const html = readFileSync(join(out, "en/news/baku/index.html"), "utf8");
    const share = mediaFiles().find((name) => name.endsWith("-share.jpg") && html.includes(name)) ?? "";
    expect(html).toContain(`<meta property="og:image" content="https://news.example.test/media/${share}">`);
    expect(html).toContain('<meta property="og:image:alt" content="The minister &amp; the Secretary-General">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/"image":\["https:\/\/news\.example\.test\/media\/[0-9a-f]{16}-1200\.jpg","https:\/\/news\.example\.test\/media\/[0-9a-f]{16}-share\.jpg"\]/);
  });

  it("gives the feed entry its photo as an enclosure and its body's photo at an absolute address", () => {
    const feed = readFileSync(join(out, "en/feed.xml"), "utf8");
    expect(feed).toMatch(/<link href="https:\/\/news\.example\.test\/media\/[0-9a-f]{16}-1200\.jpg" rel="enclosure" type="image\/jpeg"\/>/);
    expect(feed).toMatch(/src=&quot;https:\/\/news\.example\.test\/media\/[0-9a-f]{16}-900\.jpg&quot;/);
  });

  it("shows a thumbnail of the lead photo in the lists", () => {
    const home = readFileSync(join(out, "en/index.html"), "utf8");
    expect(home).toMatch(/<div class="report-list__photo"><picture><source type="image\/webp" srcset="[^"]*" sizes="8rem">/);
  });

  it("processes nothing when every photo is cached, and writes the same bytes", () => {
    const versions = () => readdirSync(cache).filter((name) => name !== "photos.json").map((name) => `${name} ${statSync(join(cache, name)).mtimeMs}`);
    const cached = versions();
    const again = runScript("build", ["--content", content, "--out", out, "--image-cache", cache]);
    expect(again.status).toBe(0);
    expect(versions()).toEqual(cached);
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("reads a photo again only when its size or modification time changed, as photos.json in the cache remembers", async () => {
    const remembered = JSON.parse(readFileSync(join(cache, "photos.json"), "utf8")) as Record<string, { size: number; mtimeMs: number; facts: { hash: string } }>;
    const lead = join(content, "media/2025/baku.jpg");
    expect(Object.keys(remembered).sort()).toEqual([realpathSync(lead), realpathSync(join(content, "media/2025/hall.png"))].sort());
    // A fact that no file could have: were the photo read again, its real hash would replace it.
    writeFileSync(join(cache, "photos.json"), JSON.stringify({ ...remembered, [realpathSync(lead)]: { ...remembered[realpathSync(lead)], facts: { ...remembered[realpathSync(lead)]?.facts, hash: "0000000000000000" } } }));
    const other = join(root, "remembered");
    expect(runScript("build", ["--content", content, "--out", other, "--image-cache", join(root, "remembered-cache")]).status).toBe(0);
    const trusted = runScript("build", ["--content", content, "--out", other, "--image-cache", cache]);
    expect(trusted.status).toBe(0);
    expect(readFileSync(join(other, "en/news/baku/index.html"), "utf8")).toContain("/media/0000000000000000-800.webp");
    // Touched, the photo is read again and its own hash is back.
    utimesSync(lead, new Date(), new Date("2026-01-01T00:00:00Z"));
    expect(runScript("build", ["--content", content, "--out", other, "--image-cache", cache]).status).toBe(0);
    expect(readFileSync(join(other, "en/news/baku/index.html"), "utf8")).toContain(`/media/${remembered[realpathSync(lead)]?.facts.hash}-800.webp`);
  });
});

describe("the sample site's default picture (site.yaml image)", () => {
  it("is what a report without a photo is shared with, in the page's language, and its JSON-LD image", () => {
    const html = readFileSync(join(sampleBuild(), "en/news/iraq-ambassador-tehran/index.html"), "utf8");
    const share = /<meta property="og:image" content="https:\/\/news\.example\.org\/media\/([0-9a-f]{16})-share\.jpg">/.exec(html)?.[1];
    expect(share).toMatch(/^[0-9a-f]{16}$/);
    expect(html).toContain('<meta property="og:image:alt" content="The building of the Ministry of ICT">');
    expect(html).toContain(`"image":["https://news.example.org/media/${share}-share.jpg"]`);
    expect(readFileSync(join(sampleBuild(), "fa/index.html"), "utf8")).toContain('<meta property="og:image:alt" content="ساختمان وزارت ارتباطات و فناوری اطلاعات">');
  });
});

describe("npm run build with bad photos", () => {
  it("refuses a missing file, a missing or empty alt, text named .jpg, an SVG and photos from elsewhere, each by file and line", async () => {
    const result = await build(
      {
        "en/news/2025/a.md": reportText(["title: A", ...FIELDS, "image:", "  src: none.jpg", "  alt: Nothing"]),
        "en/news/2025/b.md": reportText(["title: B", ...FIELDS, "image:", "  src: ok.jpg"]),
        "en/news/2025/c.md": reportText(["title: C", ...FIELDS, "image:", "  src: ok.jpg", '  alt: ""']),
        "en/news/2025/d.md": reportText(["title: D", ...FIELDS, "image:", "  src: text.jpg", "  alt: Text"]),
        "en/news/2025/e.md": reportText(["title: E", ...FIELDS, "image:", "  src: drawing.svg", "  alt: A drawing"]),
        "en/news/2025/f.md": reportText(["title: F", ...FIELDS], "Text.\n\n![A tracker](https://example.com/pixel.png)\n\n![](/media/ok.jpg)\n\n![Up](/media/../secret.jpg)"),
        "en/news/2025/g.md": reportText(["title: G", ...FIELDS, "image:", "  src: ../_data/site.yaml", "  alt: Escape"]),
      },
      "bad",
      async (dir) => {
        await writeTestPhoto(join(dir, "media/ok.jpg"), { width: 1300, height: 800 });
        writeFileSync(join(dir, "media/text.jpg"), "just some text");
        writeFileSync(join(dir, "media/drawing.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
      },
    )();
    const at = result.at;
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        `${at}/en/news/2025/a.md:6: image.src: ${at}/media/none.jpg does not exist: put the photo there, or correct the path`,
        `${at}/en/news/2025/b.md:5: image.alt: is required`,
        `${at}/en/news/2025/c.md:7: image.alt: must not be empty`,
        `${at}/en/news/2025/d.md:6: image.src: ${at}/media/text.jpg is not an image: expected a JPEG, PNG, WebP, AVIF, GIF or TIFF photo`,
        `${at}/en/news/2025/e.md:6: image.src: ${at}/media/drawing.svg is an SVG drawing, which can carry script: export it as a PNG or JPEG`,
        `${at}/en/news/2025/f.md:8: image: "https://example.com/pixel.png": expected a photo from content/media/, written as ![what it shows](/media/2025/itu-baku.jpg)`,
        `${at}/en/news/2025/f.md:10: image: /media/ok.jpg: the text in ![…] is empty: say what the photo shows, for readers who cannot see it`,
        `${at}/en/news/2025/f.md:12: image: "/media/../secret.jpg": expected a path below /media/: it leaves the folder`,
        `${at}/en/news/2025/g.md:6: image.src: expected a path below content/media/, e.g. 2025/itu-baku.jpg, got "../_data/site.yaml": it leaves the folder`,
        `khabar: 9 errors in ${join(root, "bad", "content")}; ${out} was left as it was`,
        "",
      ].join("\n"),
    );
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("refuses a damaged photo that sharp cannot decode, and writes nothing", async () => {
    const result = await build({ "en/news/2025/a.md": reportText(["title: A", ...FIELDS, "image:", "  src: cut.jpg", "  alt: Cut"]) }, "damaged", async (dir) => {
      const whole = await writeTestPhoto(join(dir, "media/cut.jpg"), { width: 1600, height: 1067 });
      writeFileSync(join(dir, "media/cut.jpg"), whole.subarray(0, Math.floor(whole.length / 3)));
    })();
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(`${result.at}/media/cut.jpg: image: cannot be processed: VipsJpeg: premature end of JPEG image`);
    expect(treeFingerprint(out)).toEqual(before);
  });

  it("warns in npm run check about a lead photo narrower than 1200 pixels, and builds it", async () => {
    const dir = writeFixtureSite({ "en/news/2025/a.md": reportText(["title: A", ...FIELDS, "image:", "  src: small.jpg", "  alt: Small"]) }, join(root, "narrow"));
    await writeTestPhoto(join(dir, "media/small.jpg"), { width: 800, height: 600 });
    const check = runScript("check", ["--content", dir]);
    expect(check.stdout + check.stderr).toContain(
      `${relative(REPO_ROOT, dir)}/en/news/2025/a.md:6: image.src: warning: the lead photo is 800 pixels wide; give one at least 1200 wide, or it looks soft on wide screens and when shared`,
    );
    expect(runScript("build", ["--content", dir, "--out", join(root, "narrow-out"), "--image-cache", cache]).status).toBe(0);
  });

  it("processes an 8000×6000 photo within the build's memory budget", async () => {
    const dir = writeFixtureSite({ "en/news/2025/a.md": reportText(["title: A", ...FIELDS, "image:", "  src: huge.jpg", "  alt: Huge"]) }, join(root, "huge"));
    await writeTestPhoto(join(dir, "media/huge.jpg"), { width: 8000, height: 6000 });
    const usage = join(root, "huge-usage.json");
    const result = spawnSync(process.execPath, ["--require", join(REPO_ROOT, "src/bench/report-usage.cjs"), ...npmScriptNodeArgs("build"), "--content", dir, "--out", join(root, "huge-out"), "--image-cache", join(root, "huge-cache")], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, KHABAR_USAGE_FILE: usage },
    });
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const peakMiB = (JSON.parse(readFileSync(usage, "utf8")) as { maxRssKiB: number }).maxRssKiB / 1024;
    console.log(`8000×6000 photo: peak RSS ${peakMiB.toFixed(0)} MiB`);
    expect(peakMiB).toBeLessThan(512);
  }, 60_000);
});
