/**
 * The benchmark's baseline: what any generator must do for the same reports, in plain Node with no
 * framework. It reads each report, parses its YAML, renders the same Nunjucks report layout (whose
 * `markdown` filter renders the body), and writes the page.
 * `node node_modules/.cache/khabar/src/bench/baseline-build.mjs CONTENT OUT`: compiled to plain
 * JavaScript by `npm run prebuild`, as the build itself runs.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import nunjucks from "nunjucks";
import { parse } from "yaml";
import { FILTERS } from "../render/filters.ts";

const [contentDir, outDir] = process.argv.slice(2);
if (contentDir === undefined || outDir === undefined) throw new Error("usage: baseline-build.ts CONTENT OUT");

const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["layouts/partials", "layouts"]), { autoescape: true });
for (const [name, filter] of Object.entries(FILTERS)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
const layout = environment.getTemplate("report.njk", true);

let pages = 0;
for (const lang of ["fa", "en"] as const) {
  const files = readdirSync(join(contentDir, lang, "news"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
  for (const file of files) {
    const text = readFileSync(join(contentDir, lang, "news", file), "utf8");
    const close = text.indexOf("\n---\n", 4);
    const data = parse(text.slice(4, close)) as { title: string; date: string };
    const slug = file.slice(file.lastIndexOf("/") + 1, -3);
    const path = `/${lang}/news/${slug}/`;
    const model = {
      path,
      title: data.title,
      bodyMarkdown: text.slice(close + 5),
      dates: [{ calendar: "gregorian", datetime: data.date, text: data.date }],
      facts: [],
      jsonLd: JSON.stringify({ headline: data.title }),
      draft: false,
      meta: {
        lang,
        dir: lang === "fa" ? "rtl" : "ltr",
        documentTitle: data.title,
        description: data.title,
        canonical: `https://example.org${path}`,
        alternates: [],
        ogType: "article",
        ogLocale: lang,
        ogTitle: data.title,
        siteName: "khabar",
        homeHref: `/${lang}/`,
        stylesheetHref: "/assets/khabar.css",
        languageSwitch: { href: "/", text: "", lang, isTranslation: false },
        publisher: "khabar",
        nav: [],
        feed: { href: `/${lang}/feed.xml`, title: "feed" },
      },
    };
    const target = join(outDir, relative("/", path), "index.html");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, layout.render({ model }));
    pages++;
  }
}
console.log(`baseline: wrote ${pages} pages`);
