import { describe, expect, it } from "vitest";
import { parseContent, type Content } from "../../src/content/parse-content.ts";
import { formatProblem } from "../../src/content/problem.ts";
import type { ReportSourceFile } from "../../src/content/source-file.ts";
import type { Lang } from "../../src/i18n/locales.ts";
import { HOME_REPORT_COUNT, buildSite } from "../../src/site/build-site.ts";
import { pageTable, pagesOfKind } from "../../src/pages/page-table.ts";
import type { ReportPage, SiteModel } from "../../src/site/site-model.ts";

/** The sitemap's entries, as the page table makes them from a model. */
function sitemapOf(model: SiteModel) {
  return pagesOfKind(pageTable(model), "sitemap")[0]?.data.model.entries ?? [];
}

// ---------------------------------------------------------------------------------------------
// A small bilingual site, parsed from memory with the real content parser.
// ---------------------------------------------------------------------------------------------

const SITE_YAML = `url: https://news.example.org
defaultLanguage: fa
fa:
  name: اخبار وزارت
  description: گزارش‌های دیدارهای وزیر.
  publisher: وزارت ارتباطات
en:
  name: Ministry News
  description: Reports of the minister's meetings.
  publisher: Ministry of ICT
`;

const REGISTRIES = {
  people: `sattar-hashemi:
  fa: { name: سید ستار هاشمی, role: وزیر ارتباطات }
  en: { name: Seyed Sattar Hashemi, role: Minister of ICT }
doreen-bogdan-martin:
  fa: { name: دورین بوگدان مارتین, role: دبیرکل اتحادیه }
  en: { name: Doreen Bogdan-Martin, role: ITU Secretary-General }
`,
  organizations: `itu:
  fa: { name: اتحادیه بین‌المللی مخابرات, short: ITU }
  en: { name: International Telecommunication Union, short: ITU }
  url: https://www.itu.int
`,
  venues: `baku:
  fa: { name: باکو, country: جمهوری آذربایجان }
  en: { name: Baku, country: Azerbaijan }
`,
  topics: `ai:
  fa: { name: هوش مصنوعی }
  en: { name: Artificial intelligence }
`,
};

const BODY = "First paragraph of the report.\n\nSecond paragraph.\n";

/** A report file: `name` below `content/<lang>/news/`, frontmatter lines, then the body. */
function report(lang: Lang, name: string, fields: readonly string[], body = BODY): ReportSourceFile {
  return { path: `content/${lang}/news/${name}`, lang, text: ["---", ...fields, "minister: sattar-hashemi", "---", body].join("\n") };
}

function contentOf(reports: readonly ReportSourceFile[]): Content {
  const data = (name: string, text: string) => ({ path: `content/_data/${name}.yaml`, text });
  const { content, problems } = parseContent(
    {
      dataDir: "content/_data",
      site: data("site", SITE_YAML),
      registries: {
        people: data("people", REGISTRIES.people),
        organizations: data("organizations", REGISTRIES.organizations),
        venues: data("venues", REGISTRIES.venues),
        topics: data("topics", REGISTRIES.topics),
      },
      reports,
    },
    { includeDrafts: false },
  );
  if (content === undefined) throw new Error(problems.map(formatProblem).join("\n"));
  return content;
}

const HOSTILE_TITLE = '</script><b>"&';

/** The fixture, in no particular order: the model must sort it. */
const REPORTS: readonly ReportSourceFile[] = [
  report("fa", "2025/b-tie.md", ["title: گزارش ب", 'date: "2025-11-10"']),
  report("fa", "2016/vaezi-geneva.md", ["title: واعظی در ژنو", 'date: "2016-05-20"']),
  report("fa", "2025/itu-sg-baku.md", [
    "title: دیدار با دبیرکل اتحادیه",
    'jdate: "1404-08-27 10:30"',
    "organization: itu",
    "counterpart: doreen-bogdan-martin",
    "venue: baku",
    "topics: [ai]",
    "summary: وزیر با دبیرکل اتحادیه دیدار کرد.",
    "source: { name: ایرنا, url: https://www.irna.ir/news/1 }",
  ]),
  report("fa", "2025/a-tie.md", ["title: گزارش الف", 'date: "2025-11-10"']),
  report("fa", "2025/fa-only.md", ["title: فقط فارسی", 'date: "2025-11-18"'], "## سرتیتر\n\nنخستین بند *گزارش*.\n\nبند دوم.\n"),
  report("fa", "2025/apt-meeting.md", ["title: دیدار با آسیا و اقیانوسیه", 'date: "2025-11-17"', "translationKey: apt-tehran"]),
  report("en", "2025/itu-sg-baku.md", [`title: '${HOSTILE_TITLE}'`, 'date: "2025-11-18T10:30"']),
  report("en", "2016/vaezi-geneva.md", ["title: Vaezi in Geneva", 'date: "2016-05-20"']),
  report("en", "2025/apt-tehran-talks.md", ["title: APT talks in Tehran", 'date: "2025-11-17"', "translationKey: apt-tehran"]),
  report("en", "2025/en-only.md", ["title: English only", 'date: "2025-11-19"']),
];

const ADDRESS = { baseUrl: "https://news.example.org", pathPrefix: "/" };
const ORIGIN = "https://news.example.org";

function siteModel(): SiteModel {
  return buildSite(contentOf(REPORTS), ADDRESS);
}

function reportPageAt(model: SiteModel, path: string): ReportPage {
  const page = model.reports.find((candidate) => candidate.path === path);
  if (page === undefined) throw new Error(`no report page at ${path}`);
  return page;
}

// ---------------------------------------------------------------------------------------------

describe("buildSite paths", () => {
  it("gives every report its /<lang>/news/<slug>/ path, each language newest first", () => {
    expect(siteModel().reports.map((page) => page.path)).toEqual([
      "/fa/news/itu-sg-baku/",
      "/fa/news/fa-only/",
      "/fa/news/apt-meeting/",
      "/fa/news/a-tie/",
      "/fa/news/b-tie/",
      "/fa/news/vaezi-geneva/",
      "/en/news/en-only/",
      "/en/news/itu-sg-baku/",
      "/en/news/apt-tehran-talks/",
      "/en/news/vaezi-geneva/",
    ]);
  });

  it("makes the contract's pages, and archive and entity pages only where a language has reports", () => {
    const model = siteModel();
    const paths = [
      ...model.homes,
      ...model.reports,
      ...model.lists,
      ...model.indexes,
      ...model.searches,
      ...model.feeds,
      model.root,
      model.notFound,
    ].map((page) => page.path);
    expect(paths.sort()).toEqual(
      [
        "/",
        "/404.html",
        "/fa/",
        "/en/",
        "/fa/news/",
        "/en/news/",
        "/fa/news/itu-sg-baku/",
        "/fa/news/fa-only/",
        "/fa/news/apt-meeting/",
        "/fa/news/a-tie/",
        "/fa/news/b-tie/",
        "/fa/news/vaezi-geneva/",
        "/en/news/en-only/",
        "/en/news/itu-sg-baku/",
        "/en/news/apt-tehran-talks/",
        "/en/news/vaezi-geneva/",
        "/fa/archive/",
        "/fa/archive/1404/",
        "/fa/archive/1404/08/",
        "/fa/archive/1395/",
        "/fa/archive/1395/02/",
        "/en/archive/",
        "/en/archive/2025/",
        "/en/archive/2025/11/",
        "/en/archive/2016/",
        "/en/archive/2016/05/",
        "/fa/people/",
        "/fa/people/sattar-hashemi/",
        "/fa/people/doreen-bogdan-martin/",
        "/fa/organizations/",
        "/fa/organizations/itu/",
        "/fa/venues/",
        "/fa/venues/baku/",
        "/fa/topics/",
        "/fa/topics/ai/",
        "/en/people/",
        "/en/people/sattar-hashemi/",
        "/fa/search/",
        "/en/search/",
        "/fa/feed.xml",
        "/en/feed.xml",
      ].sort(),
    );
  });

  it("lists the newest reports on each home, newest first with ties by slug", () => {
    const model = siteModel();
    expect(model.homes.map((home) => ({ path: home.path, reports: home.reports.map((teaser) => teaser.href) }))).toEqual([
      {
        path: "/fa/",
        reports: [
          "/fa/news/itu-sg-baku/",
          "/fa/news/fa-only/",
          "/fa/news/apt-meeting/",
          "/fa/news/a-tie/",
          "/fa/news/b-tie/",
          "/fa/news/vaezi-geneva/",
        ],
      },
      { path: "/en/", reports: ["/en/news/en-only/", "/en/news/itu-sg-baku/", "/en/news/apt-tehran-talks/", "/en/news/vaezi-geneva/"] },
    ]);
  });

  it("orders reports of the same instant by slug, whatever order the files came in", () => {
    const reversed = buildSite(contentOf([...REPORTS].reverse()), ADDRESS);
    expect(reversed.reports.map((page) => page.path)).toEqual(siteModel().reports.map((page) => page.path));
  });

  it("shows the first ten reports on a home and paginates the list of all reports by 20", () => {
    const many = Array.from({ length: 21 }, (_, index) =>
      report("fa", `r-${String(index + 1).padStart(2, "0")}.md`, [`title: گزارش ${index + 1}`, `date: "2025-01-${String(index + 1).padStart(2, "0")}"`]),
    );
    const model = buildSite(contentOf(many), ADDRESS);
    const faHome = model.homes[0];
    expect({
      count: HOME_REPORT_COUNT,
      first: faHome?.reports[0]?.href,
      last: faHome?.reports.at(-1)?.href,
      shown: faHome?.reports.length,
      moreHref: faHome?.moreHref,
      newsPages: model.lists.filter((page) => page.path.startsWith("/fa/news/")).map((page) => [page.path, page.reports.length]),
    }).toEqual({
      count: 10,
      first: "/fa/news/r-21/",
      last: "/fa/news/r-12/",
      shown: 10,
      moreHref: "/fa/news/",
      newsPages: [
        ["/fa/news/", 20],
        ["/fa/news/page/2/", 1],
      ],
    });
  });
});

describe("buildSite translations", () => {
  it("pairs reports with the same slug: hreflang both ways, x-default to the Persian page", () => {
    const model = siteModel();
    const alternates = [
      { hreflang: "fa", href: `${ORIGIN}/fa/news/itu-sg-baku/` },
      { hreflang: "en", href: `${ORIGIN}/en/news/itu-sg-baku/` },
      { hreflang: "x-default", href: `${ORIGIN}/fa/news/itu-sg-baku/` },
    ];
    expect(reportPageAt(model, "/fa/news/itu-sg-baku/").meta.alternates).toEqual(alternates);
    expect(reportPageAt(model, "/en/news/itu-sg-baku/").meta.alternates).toEqual(alternates);
  });

  it("pairs reports whose slugs differ by their translationKey, both ways", () => {
    const model = siteModel();
    const alternates = [
      { hreflang: "fa", href: `${ORIGIN}/fa/news/apt-meeting/` },
      { hreflang: "en", href: `${ORIGIN}/en/news/apt-tehran-talks/` },
      { hreflang: "x-default", href: `${ORIGIN}/fa/news/apt-meeting/` },
    ];
    expect(reportPageAt(model, "/fa/news/apt-meeting/").meta.alternates).toEqual(alternates);
    expect(reportPageAt(model, "/en/news/apt-tehran-talks/").meta.alternates).toEqual(alternates);
  });

  it("points the language switch of a translated report at its translation", () => {
    const model = siteModel();
    expect(reportPageAt(model, "/fa/news/apt-meeting/").meta.languageSwitch).toEqual({
      href: "/en/news/apt-tehran-talks/",
      text: "English",
      lang: "en",
      isTranslation: true,
    });
    expect(reportPageAt(model, "/en/news/apt-tehran-talks/").meta.languageSwitch).toEqual({
      href: "/fa/news/apt-meeting/",
      text: "فارسی",
      lang: "fa",
      isTranslation: true,
    });
  });

  it("points the language switch of an untranslated Persian report at the English home", () => {
    const page = reportPageAt(siteModel(), "/fa/news/fa-only/");
    expect({ languageSwitch: page.meta.languageSwitch, alternates: page.meta.alternates }).toEqual({
      languageSwitch: { href: "/en/", text: "English", lang: "en", isTranslation: false },
      alternates: [
        { hreflang: "fa", href: `${ORIGIN}/fa/news/fa-only/` },
        { hreflang: "x-default", href: `${ORIGIN}/fa/news/fa-only/` },
      ],
    });
  });

  it("points the language switch of an untranslated English report at the Persian home, with no Persian alternate", () => {
    const page = reportPageAt(siteModel(), "/en/news/en-only/");
    expect({ languageSwitch: page.meta.languageSwitch, alternates: page.meta.alternates }).toEqual({
      languageSwitch: { href: "/fa/", text: "فارسی", lang: "fa", isTranslation: false },
      alternates: [{ hreflang: "en", href: `${ORIGIN}/en/news/en-only/` }],
    });
  });

  it("pairs the two homes with each other", () => {
    const model = siteModel();
    expect(model.homes.map((home) => ({ alternates: home.meta.alternates, switchTo: home.meta.languageSwitch.href }))).toEqual([
      {
        alternates: [
          { hreflang: "fa", href: `${ORIGIN}/fa/` },
          { hreflang: "en", href: `${ORIGIN}/en/` },
          { hreflang: "x-default", href: `${ORIGIN}/fa/` },
        ],
        switchTo: "/en/",
      },
      {
        alternates: [
          { hreflang: "fa", href: `${ORIGIN}/fa/` },
          { hreflang: "en", href: `${ORIGIN}/en/` },
          { hreflang: "x-default", href: `${ORIGIN}/fa/` },
        ],
        switchTo: "/fa/",
      },
    ]);
  });
});

describe("buildSite report pages", () => {
  it("gives a Persian report page rtl, fa_IR, its canonical address and its title after the site's name", () => {
    const { meta } = reportPageAt(siteModel(), "/fa/news/itu-sg-baku/");
    expect({
      lang: meta.lang,
      dir: meta.dir,
      ogLocale: meta.ogLocale,
      ogLocaleAlternates: meta.ogLocaleAlternates,
      ogType: meta.ogType,
      canonical: meta.canonical,
      documentTitle: meta.documentTitle,
      ogTitle: meta.ogTitle,
      siteName: meta.siteName,
      publisher: meta.publisher,
      homeHref: meta.homeHref,
    }).toEqual({
      lang: "fa",
      dir: "rtl",
      ogLocale: "fa_IR",
      ogLocaleAlternates: [],
      ogType: "article",
      canonical: `${ORIGIN}/fa/news/itu-sg-baku/`,
      documentTitle: "دیدار با دبیرکل اتحادیه | اخبار وزارت",
      ogTitle: "دیدار با دبیرکل اتحادیه",
      siteName: "اخبار وزارت",
      publisher: "وزارت ارتباطات",
      homeHref: "/fa/",
    });
  });

  it("gives an English report page ltr and en_US", () => {
    const { meta } = reportPageAt(siteModel(), "/en/news/en-only/");
    expect([meta.lang, meta.dir, meta.ogLocale, meta.canonical]).toEqual(["en", "ltr", "en_US", `${ORIGIN}/en/news/en-only/`]);
  });

  it("shows the Jalali date first in full, then the Gregorian date, on a Persian page", () => {
    expect(reportPageAt(siteModel(), "/fa/news/itu-sg-baku/").dates).toEqual([
      { calendar: "jalali", datetime: "2025-11-18T10:30:00+03:30", text: "سه\u200cشنبه ۲۷ آبان ۱۴۰۴ - ۱۰:۳۰" },
      { calendar: "gregorian", datetime: "2025-11-18T10:30:00+03:30", text: "۱۸ نوامبر ۲۰۲۵" },
    ]);
  });

  it("shows the Gregorian date first in full, then the Jalali date, on an English page", () => {
    expect(reportPageAt(siteModel(), "/en/news/itu-sg-baku/").dates).toEqual([
      { calendar: "gregorian", datetime: "2025-11-18T10:30:00+03:30", text: "Tuesday 18 November 2025, 10:30 Tehran time" },
      { calendar: "jalali", datetime: "2025-11-18T10:30:00+03:30", text: "27 Aban 1404" },
    ]);
  });

  it("names the minister, counterpart, organisation, venue and topics in the page's language, each linking to its page", () => {
    expect(reportPageAt(siteModel(), "/fa/news/itu-sg-baku/").facts).toEqual([
      { label: "minister", items: [{ key: "sattar-hashemi", name: "سید ستار هاشمی", detail: "وزیر ارتباطات", href: "/fa/people/sattar-hashemi/" }] },
      {
        label: "counterpart",
        items: [{ key: "doreen-bogdan-martin", name: "دورین بوگدان مارتین", detail: "دبیرکل اتحادیه", href: "/fa/people/doreen-bogdan-martin/" }],
      },
      { label: "organization", items: [{ key: "itu", name: "اتحادیه بین‌المللی مخابرات", detail: "ITU", href: "/fa/organizations/itu/" }] },
      { label: "venue", items: [{ key: "baku", name: "باکو", detail: "جمهوری آذربایجان", href: "/fa/venues/baku/" }] },
      { label: "topics", items: [{ key: "ai", name: "هوش مصنوعی", href: "/fa/topics/ai/" }] },
    ]);
  });

  it("renders the body and keeps the source's name and address", () => {
    const page = reportPageAt(siteModel(), "/fa/news/itu-sg-baku/");
    expect({ bodyMarkdown: page.bodyMarkdown, source: page.source, draft: page.draft }).toEqual({
      bodyMarkdown: "First paragraph of the report.\n\nSecond paragraph.\n",
      source: { name: "ایرنا", href: "https://www.irna.ir/news/1" },
      draft: false,
    });
  });

  it("uses the summary as the description when there is one", () => {
    const page = reportPageAt(siteModel(), "/fa/news/itu-sg-baku/");
    expect(page.meta.description).toBe("وزیر با دبیرکل اتحادیه دیدار کرد.");
  });

  it("falls back to the first paragraph, as plain text, for the description and the teaser", () => {
    const model = siteModel();
    const teaser = model.homes[0]?.reports.find((candidate) => candidate.href === "/fa/news/fa-only/");
    expect({ description: reportPageAt(model, "/fa/news/fa-only/").meta.description, teaser: teaser?.summary }).toEqual({
      description: "نخستین بند گزارش.",
      teaser: "نخستین بند گزارش.",
    });
  });

  it("shortens a long first paragraph to 300 characters at a word boundary", () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(" ");
    const model = buildSite(contentOf([report("en", "long.md", ["title: Long", 'date: "2025-11-18"'], `${words}\n`)]), ADDRESS);
    const description = model.reports[0]?.meta.description ?? "";
    expect(description).toBe(`${words.slice(0, words.lastIndexOf(" ", 300))}…`);
  });

  it("writes JSON-LD that parses back to the exact title, whatever the title holds", () => {
    const page = reportPageAt(siteModel(), "/en/news/itu-sg-baku/");
    expect({ title: page.title, headline: JSON.parse(page.jsonLd).headline, rawScriptEnd: page.jsonLd.includes("</script") }).toEqual({
      title: HOSTILE_TITLE,
      headline: HOSTILE_TITLE,
      rawScriptEnd: false,
    });
  });

  it("writes a NewsArticle with headline, date, language, publisher and address", () => {
    const page = reportPageAt(siteModel(), "/fa/news/itu-sg-baku/");
    const publisher = { "@type": "Organization", name: "وزارت ارتباطات", url: `${ORIGIN}/fa/` };
    expect(JSON.parse(page.jsonLd)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "دیدار با دبیرکل اتحادیه",
      description: "وزیر با دبیرکل اتحادیه دیدار کرد.",
      datePublished: "2025-11-18T10:30:00+03:30",
      inLanguage: "fa",
      url: `${ORIGIN}/fa/news/itu-sg-baku/`,
      mainEntityOfPage: `${ORIGIN}/fa/news/itu-sg-baku/`,
      publisher,
      author: publisher,
      isBasedOn: "https://www.irna.ir/news/1",
    });
  });
});

describe("buildSite archive, sitemap and feeds", () => {
  it("files Persian reports under Jalali months and English reports under Gregorian months", () => {
    const model = siteModel();
    const months = model.lists
      .filter((page) => /^\/(fa|en)\/archive\//.test(page.path))
      .map((page) => ({ path: page.path, heading: page.heading, reports: page.reports.map((teaser) => teaser.href) }));
    expect(months).toEqual([
      {
        path: "/fa/archive/1404/08/",
        heading: "آبان ۱۴۰۴",
        reports: ["/fa/news/itu-sg-baku/", "/fa/news/fa-only/", "/fa/news/apt-meeting/", "/fa/news/a-tie/", "/fa/news/b-tie/"],
      },
      { path: "/fa/archive/1395/02/", heading: "اردیبهشت ۱۳۹۵", reports: ["/fa/news/vaezi-geneva/"] },
      {
        path: "/en/archive/2025/11/",
        heading: "November 2025",
        reports: ["/en/news/en-only/", "/en/news/itu-sg-baku/", "/en/news/apt-tehran-talks/"],
      },
      { path: "/en/archive/2016/05/", heading: "May 2016", reports: ["/en/news/vaezi-geneva/"] },
    ]);
  });

  it("files a report at 20:30 UTC on 20 March 2025 under Farvardin 1404 and March 2025, Tehran's day", () => {
    const nowruz = [report("fa", "nowruz.md", ["title: نوروز", 'date: "2025-03-20T20:30Z"']), report("en", "nowruz.md", ["title: Nowruz", 'date: "2025-03-20T20:30Z"'])];
    const model = buildSite(contentOf(nowruz), ADDRESS);
    expect(model.lists.filter((page) => page.path.includes("/archive/")).map((page) => page.path)).toEqual([
      "/fa/archive/1404/01/",
      "/en/archive/2025/03/",
    ]);
  });

  it("lists every HTML page once in the sitemap by its absolute address, with / and without /404.html", () => {
    const model = siteModel();
    const pages = [...model.homes, ...model.reports, ...model.lists, ...model.indexes, ...model.searches].map((page) => `${ORIGIN}${page.path}`);
    expect({ locs: sitemapOf(model).map((entry) => entry.loc).sort(), url: model.sitemapUrl }).toEqual({
      locs: [`${ORIGIN}/`, ...pages].sort(),
      url: `${ORIGIN}/sitemap.xml`,
    });
  });

  it("gives translated pairs their hreflang alternates in the sitemap and untranslated pages none", () => {
    const entries = new Map(sitemapOf(siteModel()).map((entry) => [entry.loc, entry.alternates]));
    expect({
      pair: entries.get(`${ORIGIN}/en/news/apt-tehran-talks/`),
      faOnly: entries.get(`${ORIGIN}/fa/news/fa-only/`),
      enOnly: entries.get(`${ORIGIN}/en/news/en-only/`),
    }).toEqual({
      pair: [
        { hreflang: "fa", href: `${ORIGIN}/fa/news/apt-meeting/` },
        { hreflang: "en", href: `${ORIGIN}/en/news/apt-tehran-talks/` },
        { hreflang: "x-default", href: `${ORIGIN}/fa/news/apt-meeting/` },
      ],
      faOnly: [],
      enOnly: [],
    });
  });

  it("makes one Atom feed a language, newest first, updated at the newest report's date", () => {
    const model = siteModel();
    expect(model.feeds.map((feed) => ({ path: feed.path, updated: feed.updated, entries: feed.entries.map((entry) => [entry.url, entry.published]) }))).toEqual([
      {
        path: "/fa/feed.xml",
        updated: "2025-11-18T10:30:00+03:30",
        entries: [
          [`${ORIGIN}/fa/news/itu-sg-baku/`, "2025-11-18T10:30:00+03:30"],
          [`${ORIGIN}/fa/news/fa-only/`, "2025-11-18T00:00:00+03:30"],
          [`${ORIGIN}/fa/news/apt-meeting/`, "2025-11-17T00:00:00+03:30"],
          [`${ORIGIN}/fa/news/a-tie/`, "2025-11-10T00:00:00+03:30"],
          [`${ORIGIN}/fa/news/b-tie/`, "2025-11-10T00:00:00+03:30"],
          [`${ORIGIN}/fa/news/vaezi-geneva/`, "2016-05-20T00:00:00+04:30"],
        ],
      },
      {
        path: "/en/feed.xml",
        updated: "2025-11-19T00:00:00+03:30",
        entries: [
          [`${ORIGIN}/en/news/en-only/`, "2025-11-19T00:00:00+03:30"],
          [`${ORIGIN}/en/news/itu-sg-baku/`, "2025-11-18T10:30:00+03:30"],
          [`${ORIGIN}/en/news/apt-tehran-talks/`, "2025-11-17T00:00:00+03:30"],
          [`${ORIGIN}/en/news/vaezi-geneva/`, "2016-05-20T00:00:00+04:30"],
        ],
      },
    ]);
  });
});

describe("buildSite under a path prefix", () => {
  it("puts the prefix before links and absolute addresses but not before page paths", () => {
    const model = buildSite(contentOf(REPORTS), { baseUrl: "https://a.org/", pathPrefix: "khabar" });
    const page = reportPageAt(model, "/fa/news/itu-sg-baku/");
    expect({
      path: page.path,
      canonical: page.meta.canonical,
      switchTo: page.meta.languageSwitch.href,
      home: page.meta.homeHref,
      stylesheet: page.meta.stylesheetHref,
      teaser: model.homes[1]?.reports[0]?.href,
    }).toEqual({
      path: "/fa/news/itu-sg-baku/",
      canonical: "https://a.org/khabar/fa/news/itu-sg-baku/",
      switchTo: "/khabar/en/news/itu-sg-baku/",
      home: "/khabar/fa/",
      stylesheet: "/khabar/assets/khabar.css",
      teaser: "/khabar/en/news/en-only/",
    });
  });
});

describe("buildSite bilingual pages", () => {
  const editions = [
    { lang: "fa", dir: "rtl", siteName: "اخبار وزارت", description: "گزارش‌های دیدارهای وزیر.", homeHref: "/fa/" },
    { lang: "en", dir: "ltr", siteName: "Ministry News", description: "Reports of the minister's meetings.", homeHref: "/en/" },
  ];

  it("gives the language choice at / its own canonical address, the homes' hreflang links, Open Graph in Persian with English as the alternate locale, and both feeds", () => {
    expect(siteModel().root).toEqual({
      path: "/",
      documentTitle: "اخبار وزارت | Ministry News",
      stylesheetHref: "/assets/khabar.css",
      editions,
      head: {
        description: "گزارش‌های دیدارهای وزیر.",
        canonical: `${ORIGIN}/`,
        alternates: [
          { hreflang: "fa", href: `${ORIGIN}/fa/` },
          { hreflang: "en", href: `${ORIGIN}/en/` },
          { hreflang: "x-default", href: `${ORIGIN}/fa/` },
        ],
        ogType: "website",
        ogLocale: "fa_IR",
        ogLocaleAlternates: ["en_US"],
        ogTitle: "اخبار وزارت | Ministry News",
        siteName: "اخبار وزارت",
        shareImage: undefined,
      },
      feeds: [
        { href: "/fa/feed.xml", title: "اخبار وزارت (خوراک اتم)" },
        { href: "/en/feed.xml", title: "Ministry News (Atom feed)" },
      ],
    });
  });

  it("gives / the same hreflang links as the two homes", () => {
    const model = siteModel();
    expect(model.homes.map((home) => home.meta.alternates)).toEqual([model.root.head.alternates, model.root.head.alternates]);
  });

  it("gives the not-found page a title in both languages, no canonical address, no hreflang and no Open Graph, and noindex", () => {
    expect(siteModel().notFound).toEqual({ path: "/404.html", documentTitle: "صفحه پیدا نشد | Page not found", stylesheetHref: "/assets/khabar.css", editions, robots: "noindex" });
  });
});
