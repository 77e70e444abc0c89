/**
 * No broken link inside the sample build: every internal href and src of every page, every url() of the
 * stylesheet and every address in the feeds, the sitemap and robots.txt leads to a file of the build,
 * both for a site at the root and for one built with `--path-prefix /sub/`, where each of them must
 * also carry the prefix.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, onWarningStopParsing } from "@xmldom/xmldom";
import { load } from "cheerio";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PATH_PREFIX } from "../helpers/global-setup.ts";
import { REPO_ROOT } from "../helpers/run-cli.ts";
import { sampleBuild, htmlFilesOf, pagePathOf } from "../helpers/sample-site.ts";

const PREFIX = SAMPLE_PATH_PREFIX;
/** The site's own address: absolute links to it (canonical, hreflang, og:url) are internal links too. */
const SITE_ORIGIN = new URL((parse(readFileSync(join(REPO_ROOT, "content/_data/site.yaml"), "utf8")) as { url: string }).url).origin;

/** A build folder and the path prefix it was built with. */
interface Build {
  readonly out: string;
  readonly prefix: string;
}

/** What checking a build's references found: one line per problem, and every target that was checked. */
interface Findings {
  readonly unresolved: string[];
  readonly unprefixed: string[];
  readonly checked: Set<string>;
}

/** Every URL a page refers to through an attribute: links, scripts, images and each photo version of a srcset, og:url and og:image, the search index's first file. */
function referencesOf(html: string): string[] {
  const $ = load(html);
  const references = $("[href], [src]")
    .toArray()
    .flatMap((element) => [$(element).attr("href"), $(element).attr("src")])
    .concat($("[srcset]").toArray().flatMap((element) => ($(element).attr("srcset") ?? "").split(", ").map((candidate) => candidate.split(" ")[0])))
    .concat($('meta[property="og:url"]').attr("content"), $('meta[property="og:image"]').attr("content"))
    .concat($("[data-search-index]").toArray().map((element) => `${$(element).attr("data-search-index") ?? ""}index.json`));
  return references.filter((reference): reference is string => reference !== undefined);
}

/** The ids of an HTML file, read once. */
function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, "utf8"));
    ids = new Set($("[id]").toArray().map((element) => $(element).attr("id") ?? ""));
    cache.set(file, ids);
  }
  return ids;
}

/**
 * Checks references found in `source` (a file of the build, served at `sourcePath` under the prefix):
 * an internal one must carry the prefix and name a file of the build (a folder only with its index.html),
 * and a fragment must name an id of the target page.
 */
function checkReferences(build: Build, source: string, sourcePath: string, references: readonly string[], findings: Findings, ids: Map<string, Set<string>>): void {
  const base = new URL(`${build.prefix.slice(0, -1)}${sourcePath}`, SITE_ORIGIN);
  for (const reference of references) {
    const url = new URL(reference, base);
    if (url.origin !== SITE_ORIGIN) continue; // another site, data:, mailto:
    if (!url.pathname.startsWith(build.prefix)) {
      findings.unprefixed.push(`${source}: ${reference}`);
      continue;
    }
    const path = decodeURIComponent(url.pathname.slice(build.prefix.length));
    const target = join(build.out, path.endsWith("/") || path === "" ? `${path}index.html` : path);
    findings.checked.add(`${build.prefix}${path}`);
    if (!existsSync(target) || !statSync(target).isFile()) {
      findings.unresolved.push(`${source}: ${reference} (no file ${target.slice(build.out.length + 1)})`);
    } else if (url.hash !== "" && target.endsWith(".html") && !idsOf(target, ids).has(decodeURIComponent(url.hash.slice(1)))) {
      findings.unresolved.push(`${source}: ${reference} (no id "${url.hash.slice(1)}" in ${target.slice(build.out.length + 1)})`);
    }
  }
}

/** Checks every reference of every HTML page of a build. */
function checkPages(build: Build): Findings {
  const findings: Findings = { unresolved: [], unprefixed: [], checked: new Set() };
  const ids = new Map<string, Set<string>>();
  for (const file of htmlFilesOf(build.out)) {
    checkReferences(build, file, pagePathOf(file), referencesOf(readFileSync(join(build.out, file), "utf8")), findings, ids);
  }
  return findings;
}

/** Checks the stylesheet's url()s, the feeds' and the sitemap's addresses and robots.txt's Sitemap line. */
function checkOtherFiles(build: Build): Findings {
  const findings: Findings = { unresolved: [], unprefixed: [], checked: new Set() };
  const ids = new Map<string, Set<string>>();
  const css = readFileSync(join(build.out, "assets/khabar.css"), "utf8");
  const cssUrls = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1] ?? "");
  checkReferences(build, "assets/khabar.css", "/assets/khabar.css", cssUrls, findings, ids);
  for (const file of ["fa/feed.xml", "en/feed.xml", "sitemap.xml"]) {
    const xml = new DOMParser({ onError: onWarningStopParsing }).parseFromString(readFileSync(join(build.out, file), "utf8"), "application/xml");
    const addresses = [
      ...[...xml.getElementsByTagName("*")].flatMap((element) => (element.hasAttribute("href") ? [element.getAttribute("href") ?? ""] : [])),
      ...[...xml.getElementsByTagName("loc"), ...xml.getElementsByTagName("id")].map((element) => element.textContent ?? ""),
    ];
    checkReferences(build, file, `/${file}`, addresses, findings, ids);
  }
  const robots = readFileSync(join(build.out, "robots.txt"), "utf8");
  checkReferences(build, "robots.txt", "/robots.txt", [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1] ?? ""), findings, ids);
  return findings;
}

let atRoot: Build;
let underSub: Build;

describe("links inside the sample build", () => {
  beforeAll(() => {
    atRoot = { out: sampleBuild(), prefix: "/" };
    underSub = { out: sampleBuild(true), prefix: PREFIX };
  });

  it("every internal href and src of every page resolves to a file of the build", () => {
    const findings = checkPages(atRoot);
    expect(findings.unresolved, findings.unresolved.join("\n")).toEqual([]);
    expect([...findings.checked]).toEqual(expect.arrayContaining(["/assets/khabar.css", "/assets/search.js", "/search-index/fa/index.json", "/fa/feed.xml", "/en/news/itu-secretary-general-baku/", "/fa/archive/1404/08/"]));
    // Every file of the sample's photos is referenced by some page: 4 widths × 2 formats and the share
    // card of its two lead photos, and the share card of the site's default picture.
    expect([...findings.checked].filter((path) => path.startsWith("/media/")).length).toBe(19);
  });

  it("every internal href and src of every page resolves to a file of the build made with --path-prefix /sub/", () => {
    const findings = checkPages(underSub);
    expect(findings.unresolved, findings.unresolved.join("\n")).toEqual([]);
    expect([...findings.checked]).toEqual(expect.arrayContaining(["/sub/assets/khabar.css", "/sub/assets/search.js", "/sub/search-index/fa/index.json", "/sub/fa/feed.xml", "/sub/en/news/itu-secretary-general-baku/"]));
  });

  it("no internal link of any page of the build made with --path-prefix /sub/ lacks the prefix", () => {
    const findings = checkPages(underSub);
    expect(findings.unprefixed, findings.unprefixed.join("\n")).toEqual([]);
  });

  it("the check catches a link without the prefix, a missing page and a missing fragment target", () => {
    const findings: Findings = { unresolved: [], unprefixed: [], checked: new Set() };
    checkReferences(underSub, "probe.html", "/probe.html", ["/fa/", `${SITE_ORIGIN}/en/`, "/sub/fa/#main", "/sub/fa/#nowhere", "/sub/fa/news/no-such-report/", "https://www.itu.int/"], findings, new Map());
    expect(findings.unprefixed).toEqual(["probe.html: /fa/", `probe.html: ${SITE_ORIGIN}/en/`]);
    expect(findings.unresolved).toEqual(['probe.html: /sub/fa/#nowhere (no id "nowhere" in fa/index.html)', "probe.html: /sub/fa/news/no-such-report/ (no file fa/news/no-such-report/index.html)"]);
  });

  it.each([
    ["at the root", () => atRoot],
    ["under /sub/", () => underSub],
  ] as const)("the stylesheet's fonts, the feeds, the sitemap and robots.txt of the build %s point at files of the build", (_where, build) => {
    const findings = checkOtherFiles(build());
    expect({ unresolved: findings.unresolved, unprefixed: findings.unprefixed }).toEqual({ unresolved: [], unprefixed: [] });
    const prefix = build().prefix;
    expect([...findings.checked]).toEqual(expect.arrayContaining([`${prefix}assets/fonts/vazirmatn-arabic-400-normal.woff2`, `${prefix}sitemap.xml`, `${prefix}fa/feed.xml`, `${prefix}en/`]));
  });
});
