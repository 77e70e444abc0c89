/**
 * Every document of the sample build is valid: each HTML page passes html-validate, the Atom feeds
 * and the sitemap are well-formed XML that lists what the build holds, and every character of them
 * all is one XML 1.0 allows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, onWarningStopParsing, type Document as XmlDocument } from "@xmldom/xmldom";
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleBuild, htmlFilesOf, pagePathOf } from "../helpers/sample-site.ts";

/**
 * html-validate's recommended rules (document structure, content models, duplicate ids, alt text,
 * labels, unknown elements, …) less two that judge style, not validity:
 * - `doctype-style` wants `<!DOCTYPE html>` in capitals; the HTML standard accepts any case and
 *   writes `<!doctype html>` in its own examples.
 * - `long-title` wants `<title>` under 70 characters, a search-engine heuristic; a report's title is its
 *   editorial headline plus the site's name, and WCAG asks only that a title describe the page.
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    "doctype-style": "off",
    "long-title": "off",
  },
};

const ATOM = "http://www.w3.org/2005/Atom";
const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const SITE_URL = "https://news.example.org";

/**
 * Any character outside XML 1.0's `Char` production: C0 controls but tab, newline and CR, lone
 * surrogates, U+FFFE and U+FFFF. @xmldom/xmldom does not check characters, so this does.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Where a text first holds a character XML 1.0 does not allow, as `line:column U+XXXX`, or undefined.
 * @example notXmlCharAt("a\nb\u0007") // "2:2 U+0007"
 */
function notXmlCharAt(text: string): string | undefined {
  const found = NOT_XML_CHAR.exec(text);
  if (found === null) return undefined;
  const before = text.slice(0, found.index);
  const line = before.split("\n").length;
  const column = found.index - before.lastIndexOf("\n");
  return `${line}:${column} U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A strict XML parser: any warning, error or fatal error stops it with a ParseError. */
function parseXml(text: string): XmlDocument {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, "application/xml");
}

function formatMessage(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`;
}

let out: string;

describe("the documents of the sample build", () => {
  beforeAll(() => {
    out = sampleBuild();
  });

  it("html-validate with these rules reports duplicate ids, missing alt text, invalid nesting and unknown elements", async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const broken = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body><main>
<p id="twice">One</p><p id="twice">Two</p>
<img src="/photo.png">
<ul><div>Not a list item</div></ul>
<newsitem>Not an element</newsitem>
</main></body></html>`;
    const report = await validator.validateString(broken, "broken.html");
    expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(["no-dup-id", "wcag/h37", "element-permitted-content", "element-name"]);
  });

  it("every HTML page of the build passes html-validate without an error or a warning", async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const files = htmlFilesOf(out);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(out, file), "utf8"), file);
      problems.push(...report.results.flatMap((result) => result.messages.map((message) => formatMessage(file, message))));
    }
    expect(problems, problems.join("\n")).toEqual([]);
    expect(files).toContain("404.html");
    expect(files).toContain("fa/news/itu-secretary-general-baku/index.html");
  });

  it.each(["fa", "en"] as const)("%s/feed.xml is well-formed Atom with one entry per report of that language", (lang) => {
    const feed = parseXml(readFileSync(join(out, lang, "feed.xml"), "utf8"));
    const root = feed.documentElement;
    expect({ name: root?.localName, namespace: root?.namespaceURI, lang: root?.getAttribute("xml:lang") }).toEqual({ name: "feed", namespace: ATOM, lang });
    const reports = htmlFilesOf(out).filter((file) => new RegExp(`^${lang}/news/[a-z0-9-]+/index\\.html$`).test(file));
    const entryLinks = [...feed.getElementsByTagNameNS(ATOM, "entry")].map((entry) => entry.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href"));
    expect(entryLinks.toSorted()).toEqual(reports.map((file) => `${SITE_URL}${pagePathOf(file)}`).toSorted());
  });

  it("each entry of fa/feed.xml holds its report's body as HTML", () => {
    const feed = parseXml(readFileSync(join(out, "fa", "feed.xml"), "utf8"));
    const entry = [...feed.getElementsByTagNameNS(ATOM, "entry")].find((item) => item.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href") === `${SITE_URL}/fa/news/itu-secretary-general-baku/`);
    const content = entry?.getElementsByTagNameNS(ATOM, "content")[0];
    expect(content?.getAttribute("type")).toBe("html");
    expect(content?.textContent).toMatch(/^<p>وزیر ارتباطات و فناوری اطلاعات، .*همکاری‌های/s);
  });

  it("sitemap.xml is well-formed and lists every page of the build but the not-found page", () => {
    const sitemap = parseXml(readFileSync(join(out, "sitemap.xml"), "utf8"));
    expect({ name: sitemap.documentElement?.localName, namespace: sitemap.documentElement?.namespaceURI }).toEqual({ name: "urlset", namespace: SITEMAP });
    const locations = [...sitemap.getElementsByTagNameNS(SITEMAP, "loc")].map((loc) => loc.textContent);
    const pages = htmlFilesOf(out).filter((file) => file !== "404.html");
    expect(locations.toSorted()).toEqual(pages.map((file) => `${SITE_URL}${pagePathOf(file)}`).toSorted());
  });

  it("every character of both feeds, the sitemap and every page is a character XML 1.0 allows", () => {
    const files = ["fa/feed.xml", "en/feed.xml", "sitemap.xml", ...htmlFilesOf(out)];
    const found = files.flatMap((file) => {
      const at = notXmlCharAt(readFileSync(join(out, file), "utf8"));
      return at === undefined ? [] : [`${file}:${at}`];
    });
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it("the character check used here finds control characters, lone surrogates and noncharacters, and lets tabs, line ends and emoji through", () => {
    expect(["a\u0000", "a\u0007", "a\u001b", "a\ud800", "x\nb\udfff", "a\ufffe", "a\uffff"].map(notXmlCharAt)).toEqual([
      "1:2 U+0000",
      "1:2 U+0007",
      "1:2 U+001B",
      "1:2 U+D800",
      "2:2 U+DFFF",
      "1:2 U+FFFE",
      "1:2 U+FFFF",
    ]);
    expect(notXmlCharAt("<a>\t\r\nسلام 😀 \u007f \u0085 \ufffd</a>")).toBe(undefined);
  });

  it("the XML parser used here refuses a feed that is not well-formed", () => {
    expect(() => parseXml(`<feed xmlns="${ATOM}"><entry><title>Open</feed>`)).toThrow(/Opening and ending tag mismatch/);
    expect(() => parseXml(`<feed xmlns="${ATOM}"><title>&nbsp;</title></feed>`)).toThrow(/entity not found/);
  });
});
