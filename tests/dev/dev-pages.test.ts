/**
 * The dev server renders each page on demand; every page, static file and search index file it
 * serves must be the very bytes `npm run build` writes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_OPTIONS, type SiteOptions } from "../../src/site/site-options.ts";
import { DevSite, type ServedSite } from "../../src/dev/dev-site.ts";
import { OUTPUT_MARKER } from "../../src/output-folder/output-folder-check.ts";
import { createNunjucksEnvironment } from "../../src/render/nunjucks-environment.ts";
import { renderPage } from "../../src/render/render-page.ts";
import { staticFile } from "../../src/dev/static-files.ts";
import { devPhotos } from "../../src/dev/dev-photos.ts";
import { defaultImageCacheDir } from "../../src/image-processing/image-cache.ts";
import { sampleBuild } from "../helpers/sample-site.ts";
import { treeFingerprint } from "../helpers/run-cli.ts";

/** What `npm run build` uses when given no options. */
const BUILD_DEFAULTS: SiteOptions = DEFAULT_SITE_OPTIONS;

function servedSite(options: SiteOptions): ServedSite {
  const site = new DevSite(options);
  const update = site.update("everything");
  if (site.served === undefined) throw new Error(`the site did not load: ${JSON.stringify(update)}`);
  return site.served;
}

/** The address a built file is served at: `fa/news/x/index.html` is `/fa/news/x/`. */
function addressOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

describe("the dev server's pages", () => {
  it("are byte-identical to every file of a real npm run build of the sample site", async () => {
    const out = sampleBuild();
    // The marker that says the folder is a khabar build is the build's own, not the site's.
    const built = Object.keys(treeFingerprint(out)).filter((file) => file !== OUTPUT_MARKER);
    const served = servedSite(BUILD_DEFAULTS);
    const environment = createNunjucksEnvironment();
    const searchIndex = served.searchIndex();
    const photos = devPhotos(defaultImageCacheDir());

    const differing: string[] = [];
    for (const file of built) {
      const address = addressOf(file);
      const expected = readFileSync(join(out, file));
      const page = served.pages.get(address);
      const actual =
        page !== undefined
          ? Buffer.from(renderPage(page, environment))
          : file.startsWith("search-index/")
            ? Buffer.from(searchIndex.get(file) ?? "")
            : file.startsWith("media/")
              ? await photos.file(served.model.media, address)
              : await staticFile(address);
      if (actual === undefined || !expected.equals(actual)) differing.push(file);
    }
    expect(differing).toEqual([]);
    // Every page the dev server has is a file of the build, and so is every search index file.
    const builtAddresses = new Set(built.map(addressOf));
    expect(built.filter((file) => !/^(assets|search-index|media)\//.test(file)).length).toBe(served.pages.size);
    // Nine files for each of the sample site's two lead photos (four widths in WebP and JPEG, and the
    // share card), and the share card of its default picture.
    expect(built.filter((file) => file.startsWith("media/")).length).toBe(19);
    expect([...served.pages.keys()].filter((address) => !builtAddresses.has(address))).toEqual([]);
    expect([...searchIndex.keys()].filter((file) => !built.includes(file))).toEqual([]);
    expect(built.filter((file) => file.startsWith("assets/")).sort()).toEqual([
      "assets/fonts/vazirmatn-arabic-400-normal.woff2",
      "assets/fonts/vazirmatn-arabic-700-normal.woff2",
      "assets/fonts/vazirmatn-latin-400-normal.woff2",
      "assets/fonts/vazirmatn-latin-700-normal.woff2",
      "assets/khabar.css",
      "assets/search.js",
    ]);
  });
});

