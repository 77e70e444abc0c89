import { describe, expect, it } from "vitest";
import { parseContent, type CheckedReportFile, type Content, type ContentSources, type ReportFileCache } from "../../src/content/parse-content.ts";
import { formatProblem } from "../../src/content/problem.ts";
import type { Report } from "../../src/content/report.ts";
import type { ReportSourceFile } from "../../src/content/source-file.ts";
import type { Lang } from "../../src/i18n/locales.ts";

// ---------------------------------------------------------------------------------------------
// A small, valid content folder in memory. Tests change one file at a time.
// ---------------------------------------------------------------------------------------------

const SITE_YAML = `url: https://news.example.org
defaultLanguage: fa
fa:
  name: اخبار وزارت ارتباطات
  description: گزارش‌های دیدارهای بین‌المللی وزیر.
  publisher: وزارت ارتباطات و فناوری اطلاعات
en:
  name: ICT Ministry News
  description: Reports of the minister's international meetings.
  publisher: Ministry of ICT
`;

const PEOPLE_YAML = `sattar-hashemi:
  fa: { name: سید ستار هاشمی, role: وزیر ارتباطات و فناوری اطلاعات }
  en: { name: Seyed Sattar Hashemi, role: Minister of ICT }
doreen-bogdan-martin:
  fa: { name: دورین بوگدان مارتین, role: دبیرکل اتحادیه بین‌المللی مخابرات }
  en: { name: Doreen Bogdan-Martin, role: ITU Secretary-General }
`;

const ORGANIZATIONS_YAML = `itu:
  fa: { name: اتحادیه بین‌المللی مخابرات, short: ITU }
  en: { name: International Telecommunication Union, short: ITU }
  url: https://www.itu.int
`;

const VENUES_YAML = `baku:
  fa: { name: باکو, country: جمهوری آذربایجان }
  en: { name: Baku, country: Azerbaijan }
`;

const TOPICS_YAML = `ai:
  fa: { name: هوش مصنوعی }
  en: { name: Artificial intelligence }
infrastructure:
  fa: { name: زیرساخت ارتباطی }
  en: { name: Communications infrastructure }
`;

type DataFileName = "site" | "people" | "organizations" | "venues" | "topics";

/** The content folder's sources: the valid data files above, some replaced, and the given reports. */
function contentSources(reports: readonly ReportSourceFile[], data: Partial<Record<DataFileName, string>> = {}): ContentSources {
  const file = (name: DataFileName, text: string) => ({ path: `content/_data/${name}.yaml`, text: data[name] ?? text });
  return {
    dataDir: "content/_data",
    site: file("site", SITE_YAML),
    registries: {
      people: file("people", PEOPLE_YAML),
      organizations: file("organizations", ORGANIZATIONS_YAML),
      venues: file("venues", VENUES_YAML),
      topics: file("topics", TOPICS_YAML),
    },
    reports,
  };
}

/** Frontmatter lines of a valid report: title on line 2, date on line 3, minister on line 4. */
const VALID_FIELDS = ["title: Minister meets the ITU Secretary-General", 'date: "2025-11-18"', "minister: sattar-hashemi"];
const VALID_BODY = "The minister met the Secretary-General in Baku.\n";

/** A report file's text: `---`, the frontmatter lines, `---`, the body. */
function reportText(fields: readonly string[] = VALID_FIELDS, body = VALID_BODY): string {
  return ["---", ...fields, "---", body].join("\n");
}

/** A report source in a language's folder; `name` is the path below `content/<lang>/news/`. */
function reportFile(lang: Lang, name: string, fields: readonly string[] = VALID_FIELDS, body = VALID_BODY): ReportSourceFile {
  return { path: `content/${lang}/news/${name}`, lang, text: reportText(fields, body) };
}

/** Every problem of a content folder, formatted as the commands print them. */
function problemLines(sources: ContentSources): string[] {
  return parseContent(sources, { includeDrafts: false }).problems.map(formatProblem);
}

/** The problems of a single English report `content/en/news/itu.md` with these frontmatter lines. */
function problemsOfReport(fields: readonly string[], body = VALID_BODY): string[] {
  return problemLines(contentSources([reportFile("en", "itu.md", fields, body)]));
}

/** A report as plain values, its date as ISO text. */
function plainReport(report: Report): Omit<Report, "date"> & { date: { instant: string | null; hasTime: boolean } } {
  return { ...report, date: { instant: report.date.instant.toISO(), hasTime: report.date.hasTime } };
}

function parsedContent(sources: ContentSources, includeDrafts = false): Content {
  const { content, problems } = parseContent(sources, { includeDrafts });
  if (content === undefined) throw new Error(problems.map(formatProblem).join("\n"));
  return content;
}

// ---------------------------------------------------------------------------------------------

describe("parseContent with valid content", () => {
  it("finds no problem in the valid content folder", () => {
    expect(problemLines(contentSources([reportFile("fa", "2025/itu.md"), reportFile("en", "2025/itu.md")]))).toEqual([]);
  });

  it("yields exactly the reports of both languages with every field", () => {
    const fa = reportFile("fa", "2025/itu-sg-baku.md", [
      'title: "دیدار وزیر با دبیرکل اتحادیه بین‌المللی مخابرات"',
      "jdate: ۱۴۰۴/۰۸/۲۷ ۱۰:۳۰",
      "minister: sattar-hashemi",
      "organization: itu",
      "counterpart: doreen-bogdan-martin",
      "venue: baku",
      "event: کنفرانس جهانی توسعه ارتباطات",
      "topics: [ai, infrastructure]",
      "summary: وزیر با دبیرکل دیدار کرد.",
      "source: { name: ایرنا, url: https://www.irna.ir/news/1 }",
      "translationKey: itu-meeting",
      "lang: fa",
    ]);
    const en = reportFile("en", "2025/itu-meeting.md", ["title: Minister meets ITU chief", 'date: "2025-11-18"', "minister: sattar-hashemi"], "Text.\n");
    const content = parsedContent(contentSources([fa, en]));
    expect(content.reports.map(plainReport)).toEqual([
      {
        file: "content/fa/news/2025/itu-sg-baku.md",
        lang: "fa",
        slug: "itu-sg-baku",
        translationKey: "itu-meeting",
        title: "دیدار وزیر با دبیرکل اتحادیه بین‌المللی مخابرات",
        date: { instant: "2025-11-18T10:30:00.000+03:30", hasTime: true },
        minister: "sattar-hashemi",
        organization: "itu",
        counterpart: "doreen-bogdan-martin",
        venue: "baku",
        topics: ["ai", "infrastructure"],
        event: "کنفرانس جهانی توسعه ارتباطات",
        summary: "وزیر با دبیرکل دیدار کرد.",
        source: { name: "ایرنا", url: "https://www.irna.ir/news/1" },
        draft: false,
        body: VALID_BODY,
        bodyFirstLine: 15,
        bodyImages: [],
        image: undefined,
        description: "وزیر با دبیرکل دیدار کرد.",
      },
      {
        file: "content/en/news/2025/itu-meeting.md",
        lang: "en",
        slug: "itu-meeting",
        translationKey: "itu-meeting",
        title: "Minister meets ITU chief",
        date: { instant: "2025-11-18T00:00:00.000+03:30", hasTime: false },
        minister: "sattar-hashemi",
        organization: undefined,
        counterpart: undefined,
        venue: undefined,
        topics: [],
        event: undefined,
        summary: undefined,
        source: undefined,
        draft: false,
        body: "Text.\n",
        bodyFirstLine: 6,
        bodyImages: [],
        image: undefined,
        description: "Text.",
      },
    ]);
  });

  it("yields the site settings and the registries as written", () => {
    const content = parsedContent(contentSources([]));
    expect(content.site).toEqual({
      url: "https://news.example.org",
      defaultLanguage: "fa",
      fa: { name: "اخبار وزارت ارتباطات", description: "گزارش‌های دیدارهای بین‌المللی وزیر.", publisher: "وزارت ارتباطات و فناوری اطلاعات" },
      en: { name: "ICT Ministry News", description: "Reports of the minister's international meetings.", publisher: "Ministry of ICT" },
    });
    expect(content.registries).toEqual({
      people: {
        "sattar-hashemi": {
          fa: { name: "سید ستار هاشمی", role: "وزیر ارتباطات و فناوری اطلاعات" },
          en: { name: "Seyed Sattar Hashemi", role: "Minister of ICT" },
        },
        "doreen-bogdan-martin": {
          fa: { name: "دورین بوگدان مارتین", role: "دبیرکل اتحادیه بین‌المللی مخابرات" },
          en: { name: "Doreen Bogdan-Martin", role: "ITU Secretary-General" },
        },
      },
      organizations: {
        itu: {
          fa: { name: "اتحادیه بین‌المللی مخابرات", short: "ITU" },
          en: { name: "International Telecommunication Union", short: "ITU" },
          url: "https://www.itu.int",
        },
      },
      venues: { baku: { fa: { name: "باکو", country: "جمهوری آذربایجان" }, en: { name: "Baku", country: "Azerbaijan" } } },
      topics: {
        ai: { fa: { name: "هوش مصنوعی" }, en: { name: "Artificial intelligence" } },
        infrastructure: { fa: { name: "زیرساخت ارتباطی" }, en: { name: "Communications infrastructure" } },
      },
    });
  });

  it("defaults defaultLanguage to fa when site.yaml leaves it out", () => {
    const site = SITE_YAML.replace("defaultLanguage: fa\n", "");
    expect(parsedContent(contentSources([], { site })).site.defaultLanguage).toBe("fa");
  });

  it("treats a missing registry file as an empty registry", () => {
    const sources = { ...contentSources([]), registries: { ...contentSources([]).registries, venues: undefined } };
    expect(parsedContent(sources).registries.venues).toEqual({});
  });

  it("keeps an unquoted date as the text the author wrote, in Tehran time", () => {
    const [report] = parsedContent(contentSources([reportFile("en", "a.md", ["title: T", "date: 2025-11-18", "minister: sattar-hashemi"])])).reports;
    expect(report === undefined ? undefined : plainReport(report).date).toEqual({ instant: "2025-11-18T00:00:00.000+03:30", hasTime: false });
  });

  it("accepts a report saved with a byte-order mark and Windows line ends", () => {
    const text = "\uFEFF---\r\ntitle: T\r\ndate: 2025-11-18\r\nminister: sattar-hashemi\r\n---\r\nBody.\r\n";
    const content = parsedContent(contentSources([{ path: "content/fa/news/a.md", lang: "fa", text }]));
    expect(content.reports.map((report) => [report.title, report.body])).toEqual([["T", "Body.\n"]]);
  });

  it("lets ZWNJ, LRM and RLM through in a title", () => {
    const title = "همکاری\u200cهای \u200eITU\u200e و \u200fایران\u200f";
    const content = parsedContent(contentSources([reportFile("fa", "a.md", [`title: "${title}"`, 'date: "2025-11-18"', "minister: sattar-hashemi"])]));
    expect(content.reports.map((report) => report.title)).toEqual([title]);
  });

  it("reads a title that js-yaml would take for a number (0b101) as the text yaml reads", () => {
    const content = parsedContent(contentSources([reportFile("en", "a.md", ["title: 0b101", 'date: "2025-11-18"', "minister: sattar-hashemi"])]));
    expect(content.reports.map((report) => report.title)).toEqual(["0b101"]);
  });

  it("accepts a lang field that agrees with the folder", () => {
    expect(problemsOfReport([...VALID_FIELDS, "lang: en"])).toEqual([]);
  });

  it("accepts the same slug once in each language", () => {
    expect(problemLines(contentSources([reportFile("fa", "2025/itu.md"), reportFile("en", "2024/itu.md")]))).toEqual([]);
  });
});

describe("parseContent and drafts", () => {
  const sources = contentSources([reportFile("en", "draft.md", [...VALID_FIELDS, "draft: true"]), reportFile("en", "published.md")]);

  it("leaves drafts out of the content by default", () => {
    expect(parsedContent(sources).reports.map((report) => [report.slug, report.draft])).toEqual([["published", false]]);
  });

  it("keeps drafts when includeDrafts is set", () => {
    expect(parsedContent(sources, true).reports.map((report) => [report.slug, report.draft])).toEqual([
      ["draft", true],
      ["published", false],
    ]);
  });
});

describe("parseContent errors (contract §5)", () => {
  it("reports invalid YAML in a report's frontmatter on its line", () => {
    expect(problemsOfReport([...VALID_FIELDS, "topics: [ai"])).toEqual([
      "content/en/news/itu.md:5: yaml: invalid YAML: opens a list with [ that is never closed: end it with ] on the same line",
    ]);
  });

  it("reports a key given twice as invalid YAML", () => {
    expect(problemsOfReport([...VALID_FIELDS, "title: Again"])).toEqual(["content/en/news/itu.md:5: yaml: invalid YAML: title is written twice: keep one"]);
  });

  it("reports invalid YAML in a data file", () => {
    expect(problemLines(contentSources([], { venues: "baku:\n  fa: { name: باکو, country: ایران\n" }))).toEqual([
      "content/_data/venues.yaml:2: yaml: invalid YAML: opens a group of fields with { that is never closed: end it with } on the same line",
    ]);
  });

  it("reports a missing title", () => {
    expect(problemsOfReport(['date: "2025-11-18"', "minister: sattar-hashemi"])).toEqual(["content/en/news/itu.md:2: title: is required"]);
  });

  it("reports a missing minister", () => {
    expect(problemsOfReport(["title: T", 'date: "2025-11-18"'])).toEqual(["content/en/news/itu.md:2: minister: is required"]);
  });

  it("reports an empty title", () => {
    expect(problemsOfReport(['title: "  "', 'date: "2025-11-18"', "minister: sattar-hashemi"])).toEqual([
      "content/en/news/itu.md:2: title: must not be empty",
    ]);
  });

  it("reports a misspelt field as unknown and suggests the field meant", () => {
    expect(problemsOfReport(["title: T", 'date: "2025-11-18"', "minster: sattar-hashemi"])).toEqual([
      "content/en/news/itu.md:2: minister: is required",
      'content/en/news/itu.md:4: minster: unknown field (did you mean "minister"?)',
    ]);
  });

  it("reports an unknown field with no near field without a suggestion", () => {
    expect(problemsOfReport([...VALID_FIELDS, "photographer: Ali"])).toEqual(["content/en/news/itu.md:5: photographer: unknown field"]);
  });

  it("reports a misspelt field inside source with the nested field suggested", () => {
    expect(problemsOfReport([...VALID_FIELDS, "source:", "  nmae: IRNA"])).toEqual([
      "content/en/news/itu.md:5: source.name: is required",
      'content/en/news/itu.md:6: source.nmae: unknown field (did you mean "name"?)',
    ]);
  });

  it("reports unknown registry keys in every field with the nearest known key suggested", () => {
    expect(
      problemsOfReport([
        "title: T",
        'date: "2025-11-18"',
        "minister: sattar-hashmi",
        "organization: itv",
        "counterpart: dorin-bogdan-martin",
        "venue: bakoo",
        "topics: [ai, infrastucture]",
      ]),
    ).toEqual([
      'content/en/news/itu.md:4: minister: unknown key "sattar-hashmi" in people.yaml (did you mean "sattar-hashemi"?)',
      'content/en/news/itu.md:5: organization: unknown key "itv" in organizations.yaml (did you mean "itu"?)',
      'content/en/news/itu.md:6: counterpart: unknown key "dorin-bogdan-martin" in people.yaml (did you mean "doreen-bogdan-martin"?)',
      'content/en/news/itu.md:7: venue: unknown key "bakoo" in venues.yaml (did you mean "baku"?)',
      'content/en/news/itu.md:8: topics[1]: unknown key "infrastucture" in topics.yaml (did you mean "infrastructure"?)',
    ]);
  });

  it("reports an unknown registry key far from every known key without a suggestion", () => {
    expect(problemsOfReport([...VALID_FIELDS, "organization: unesco"])).toEqual([
      'content/en/news/itu.md:5: organization: unknown key "unesco" in organizations.yaml',
    ]);
  });

  it("reports a title that yaml reads as a number though js-yaml would read it as text (-.5)", () => {
    expect(problemsOfReport(["title: -.5", 'date: "2025-11-18"', "minister: sattar-hashemi"])).toEqual(["content/en/news/itu.md:2: title: expected the headline as plain text, got -0.5 (a number)"]);
  });

  it("reports 30 February 2025 as an impossible date", () => {
    expect(problemsOfReport(["title: T", "date: 2025-02-30", "minister: sattar-hashemi"])).toEqual([
      'content/en/news/itu.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
    ]);
  });

  it("reports Jalali 1404-12-30 as an impossible date", () => {
    expect(problemsOfReport(["title: T", "jdate: 1404-12-30", "minister: sattar-hashemi"])).toEqual([
      'content/en/news/itu.md:3: jdate: "1404-12-30" is not a real Jalali date: Esfand 1404 has 29 days',
    ]);
  });

  it("reports a Gregorian date with a year in 1300–1499 as a Jalali date to move to jdate", () => {
    expect(problemsOfReport(["title: T", "date: 1404-08-27", "minister: sattar-hashemi"])).toEqual([
      'content/en/news/itu.md:3: date: "1404-08-27" looks like a Jalali date: use `jdate` for Solar Hijri dates',
    ]);
  });

  it("reports a date written as a number instead of text", () => {
    expect(problemsOfReport(["title: T", "date: 20251118", "minister: sattar-hashemi"])).toEqual([
      'content/en/news/itu.md:3: date: expected a date as text, e.g. "2025-11-18" (quote it), got 20251118 (a number)',
    ]);
  });

  it("reports a report that gives both date and jdate", () => {
    expect(problemsOfReport(["title: T", 'date: "2025-11-18"', "jdate: 1404-08-27", "minister: sattar-hashemi"])).toEqual([
      "content/en/news/itu.md:4: jdate: give either `date` or `jdate`, not both",
    ]);
  });

  it("reports a report that gives neither date nor jdate", () => {
    expect(problemsOfReport(["title: T", "minister: sattar-hashemi"])).toEqual([
      'content/en/news/itu.md:2: date: is required: give `date` (Gregorian, e.g. "2025-11-18") or `jdate` (Jalali, e.g. "1404-08-27")',
    ]);
  });

  it("reports a file name that breaks the slug rule", () => {
    expect(problemLines(contentSources([reportFile("fa", "Bad_Slug.md")]))).toEqual([
      'content/fa/news/Bad_Slug.md: slug: the file name expected lowercase ASCII letters, digits and single hyphens, got "Bad_Slug"',
    ]);
  });

  it("reports a slug with a double hyphen", () => {
    expect(problemLines(contentSources([reportFile("en", "itu--baku.md")]))).toEqual([
      'content/en/news/itu--baku.md: slug: the file name expected lowercase ASCII letters, digits and single hyphens, got "itu--baku"',
    ]);
  });

  it("reports a slug longer than 80 characters", () => {
    const slug = "a".repeat(81);
    expect(problemLines(contentSources([reportFile("en", `${slug}.md`)]))).toEqual([
      `content/en/news/${slug}.md: slug: the file name expected at most 80 characters, got 81`,
    ]);
  });

  it("reports a slug repeated within a language, naming the first file", () => {
    expect(problemLines(contentSources([reportFile("fa", "2024/itu.md"), reportFile("fa", "2025/itu.md")]))).toEqual([
      'content/fa/news/2025/itu.md: slug: slug "itu" is already used by content/fa/news/2024/itu.md: each Persian report needs its own',
    ]);
  });

  it("reports a translationKey repeated within a language", () => {
    const first = reportFile("en", "a.md", [...VALID_FIELDS, "translationKey: itu-meeting"]);
    const second = reportFile("en", "b.md", [...VALID_FIELDS, "translationKey: itu-meeting"]);
    expect(problemLines(contentSources([first, second]))).toEqual([
      'content/en/news/b.md:5: translationKey: translationKey (or slug) "itu-meeting" is already used by content/en/news/a.md: each English report needs its own',
    ]);
  });

  it("reports a lang that disagrees with the folder", () => {
    expect(problemLines(contentSources([reportFile("fa", "itu.md", [...VALID_FIELDS, "lang: en"])]))).toEqual([
      'content/fa/news/itu.md:5: lang: is "en" but the file is in the fa/ folder (Persian)',
    ]);
  });

  it("refuses a permalink because URLs are derived", () => {
    expect(problemsOfReport([...VALID_FIELDS, "permalink: /news/itu/"])).toEqual([
      "content/en/news/itu.md:5: permalink: is not accepted: report URLs are derived from the file name (the slug)",
    ]);
  });

  it("refuses a layout because every report uses the report layout", () => {
    expect(problemsOfReport([...VALID_FIELDS, "layout: home.njk"])).toEqual([
      "content/en/news/itu.md:5: layout: is not accepted: every report uses the report layout",
    ]);
  });

  it("reports an empty body on the line after the frontmatter", () => {
    expect(problemsOfReport(VALID_FIELDS, "\n   \n")).toEqual([
      "content/en/news/itu.md:6: body: is empty: a report needs its text below the frontmatter",
    ]);
  });

  it("refuses a body that still holds the placeholder written by npm run new, on its line", () => {
    expect(problemsOfReport(VALID_FIELDS, "Intro.\n\n[khabar: replace this line with the text of the report]\n")).toEqual([
      "content/en/news/itu.md:8: body: still holds the placeholder that `npm run new` wrote: replace it with the report's text",
    ]);
  });

  it("reports a file without frontmatter", () => {
    expect(problemLines(contentSources([{ path: "content/en/news/itu.md", lang: "en", text: "title: T\n\nBody.\n" }]))).toEqual([
      "content/en/news/itu.md:1: frontmatter: expected the file to start with a `---` line, the frontmatter, and a closing `---` line",
    ]);
  });

  it("reports frontmatter that is not a mapping of fields", () => {
    expect(problemsOfReport(["- title", "- date"])).toEqual([
      "content/en/news/itu.md:2: frontmatter: expected a mapping of fields (title, date, minister, …)",
    ]);
  });

  it("reports a right-to-left override (U+202E) in the title", () => {
    expect(problemsOfReport(['title: "abc\u202edef"', 'date: "2025-11-18"', "minister: sattar-hashemi"])).toEqual([
      "content/en/news/itu.md:2: title: contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it",
    ]);
  });

  it("reports a right-to-left isolate (U+2067) in a file name", () => {
    expect(problemLines(contentSources([reportFile("fa", "itu\u2067.md")]))).toEqual([
      "content/fa/news/itu\u2067.md: slug: the file name contains the bidi control character U+2067 (RIGHT-TO-LEFT ISOLATE): remove it",
    ]);
  });

  it("reports a bidi control character in a registry", () => {
    const topics = `${TOPICS_YAML}5g:\n  fa: { name: "نسل \u202bپنجم" }\n  en: { name: 5G }\n`;
    expect(problemLines(contentSources([], { topics }))).toEqual([
      "content/_data/topics.yaml:8: 5g: contains the bidi control character U+202B (RIGHT-TO-LEFT EMBEDDING): remove it",
    ]);
  });

  it("reports a registry entry missing a language", () => {
    const people = `${PEOPLE_YAML}houlin-zhao:\n  en: { name: Houlin Zhao, role: Former ITU Secretary-General }\n`;
    expect(problemLines(contentSources([], { people }))).toEqual(["content/_data/people.yaml:7: houlin-zhao.fa: is required"]);
  });

  it("reports a misspelt field in a registry entry with the field meant", () => {
    const venues = "baku:\n  fa: { name: باکو, country: جمهوری آذربایجان }\n  en: { name: Baku, contry: Azerbaijan }\n";
    expect(problemLines(contentSources([], { venues }))).toEqual([
      'content/_data/venues.yaml:3: baku.en.contry: unknown field (did you mean "country"?)',
      "content/_data/venues.yaml:3: baku.en.country: is required",
    ]);
  });

  it("reports a site.yaml without an English part and with a non-web url", () => {
    const site = "url: ftp://news.example.org\nfa:\n  name: اخبار\n  description: گزارش‌ها.\n  publisher: وزارت\n";
    expect(problemLines(contentSources([], { site }))).toEqual([
      "content/_data/site.yaml:1: en: is required",
      'content/_data/site.yaml:1: url: expected an http:// or https:// address, got "ftp://news.example.org"',
    ]);
  });

  it("reports a missing site.yaml", () => {
    expect(problemLines({ ...contentSources([]), site: undefined })).toEqual([
      "content/_data/site.yaml: file: is missing: the site needs its name, description, publisher and url",
    ]);
  });

  it("reports fields of the wrong kind with what was expected and what was found", () => {
    expect(problemsOfReport([...VALID_FIELDS, "topics: ai", "draft: yes", "event: 2025"])).toEqual([
      'content/en/news/itu.md:5: topics: expected a list of keys in topics.yaml, e.g. [ai, 5g], got "ai"',
      'content/en/news/itu.md:6: draft: expected true or false, got "yes"',
      "content/en/news/itu.md:7: event: expected the event's name as plain text, got 2025 (a number)",
    ]);
  });

  it("reports several errors of several files in one run, sorted by file, line and field", () => {
    const organizations = `${ORGANIZATIONS_YAML}apt:\n  fa: { name: جامعه ارتباطات آسیا و اقیانوسیه, short: APT }\n`;
    const sources = contentSources(
      [
        reportFile("fa", "2025/z-last.md", ["title: T", "date: 2025-02-30", "minister: sattar-hashemi", "permalink: /x/"], ""),
        reportFile("en", "Bad_Slug.md", ["minster: sattar-hashemi", "title: T"]),
        reportFile("en", "2025/a.md", ["title: T", 'date: "2025-11-18"', "jdate: 1404-08-27", "minister: sattar-hashemi", "venue: bakoo"]),
        reportFile("fa", "2025/a.md", [...VALID_FIELDS, "lang: en"]),
      ],
      { organizations },
    );
    expect(problemLines(sources)).toEqual([
      "content/_data/organizations.yaml:5: apt.en: is required",
      "content/en/news/2025/a.md:4: jdate: give either `date` or `jdate`, not both",
      'content/en/news/2025/a.md:6: venue: unknown key "bakoo" in venues.yaml (did you mean "baku"?)',
      'content/en/news/Bad_Slug.md: slug: the file name expected lowercase ASCII letters, digits and single hyphens, got "Bad_Slug"',
      'content/en/news/Bad_Slug.md:2: date: is required: give `date` (Gregorian, e.g. "2025-11-18") or `jdate` (Jalali, e.g. "1404-08-27")',
      "content/en/news/Bad_Slug.md:2: minister: is required",
      'content/en/news/Bad_Slug.md:2: minster: unknown field (did you mean "minister"?)',
      'content/fa/news/2025/a.md:5: lang: is "en" but the file is in the fa/ folder (Persian)',
      'content/fa/news/2025/z-last.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
      "content/fa/news/2025/z-last.md:5: permalink: is not accepted: report URLs are derived from the file name (the slug)",
      "content/fa/news/2025/z-last.md:7: body: is empty: a report needs its text below the frontmatter",
    ]);
  });

  it("gives no content when any file has an error", () => {
    expect(parseContent(contentSources([reportFile("en", "Bad_Slug.md")]), { includeDrafts: false }).content).toBe(undefined);
  });
});

describe("parseContent bugs", () => {
  // Regression test for a fixed bug in src/content/parse-registries.ts.
  it("does not call a key unknown because another entry of its registry has an error", () => {
    const people = `${PEOPLE_YAML}houlin-zhao:\n  fa: { name: هولین ژائو, role: دبیرکل پیشین }\n`;
    expect(problemLines(contentSources([reportFile("en", "itu.md")], { people }))).toEqual([
      "content/_data/people.yaml:7: houlin-zhao.en: is required",
    ]);
  });

  // Regression test for a fixed bug in src/content/parse-content.ts.
  it("reports a repeated slug even when one of the two files has another error", () => {
    const broken = reportFile("fa", "2025/itu.md", ["title: T", "date: 2025-02-30", "minister: sattar-hashemi"]);
    expect(problemLines(contentSources([reportFile("fa", "2024/itu.md"), broken]))).toEqual([
      'content/fa/news/2025/itu.md: slug: slug "itu" is already used by content/fa/news/2024/itu.md: each Persian report needs its own',
      'content/fa/news/2025/itu.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
    ]);
  });

  // Regression test for a fixed bug in src/content/schema-problems.ts.
  it("reports a registry key that breaks the key rule with the key rule's message", () => {
    const topics = `${TOPICS_YAML}Bad_Key:\n  fa: { name: الف }\n  en: { name: A }\n`;
    expect(problemLines(contentSources([], { topics }))).toEqual([
      'content/_data/topics.yaml:7: Bad_Key: expected an entry key (lowercase ASCII letters, digits and hyphens), got "Bad_Key"',
    ]);
  });
});

describe("parseContent with a report cache", () => {
  /** A cache by path and text that records which files it answered for. */
  function recordingCache(): ReportFileCache & { answered: string[] } {
    const entries = new Map<string, { text: string; checked: CheckedReportFile }>();
    const answered: string[] = [];
    return {
      answered,
      get(file) {
        const entry = entries.get(file.path);
        if (entry === undefined || entry.text !== file.text) return undefined;
        answered.push(file.path);
        return entry.checked;
      },
      set(file, checked) {
        entries.set(file.path, { text: file.text, checked });
      },
    };
  }

  it("finds the same problems and reports as without one, taking only unchanged files from it", () => {
    const cache = recordingCache();
    const broken = reportFile("en", "broken.md", ["title: T", 'date: "2025-11-18"', "minister: nobody"]);
    const first = contentSources([reportFile("fa", "itu.md"), reportFile("en", "itu.md"), broken]);
    parseContent(first, { includeDrafts: false, reportCache: cache });
    const second = contentSources([reportFile("fa", "itu.md", ["title: Changed", 'date: "2025-11-18"', "minister: sattar-hashemi"]), reportFile("en", "itu.md"), broken]);
    const cached = parseContent(second, { includeDrafts: true, reportCache: cache });
    expect(cache.answered).toEqual(["content/en/news/itu.md", "content/en/news/broken.md"]);
    const uncached = parseContent(second, { includeDrafts: true });
    expect(cached.problems.map(formatProblem)).toEqual(['content/en/news/broken.md:4: minister: unknown key "nobody" in people.yaml']);
    expect(cached.problems).toEqual(uncached.problems);
    expect(cached.validReports.map(plainReport)).toEqual(uncached.validReports.map(plainReport));
  });

  it("checks a remembered file's registry keys against the registries as they are now", () => {
    const cache = recordingCache();
    const report = reportFile("en", "itu.md", [...VALID_FIELDS, "counterpart: doreen-bogdan-martin"]);
    expect(parseContent(contentSources([report]), { includeDrafts: false, reportCache: cache }).problems).toEqual([]);
    const people = PEOPLE_YAML.split("doreen-bogdan-martin:")[0];
    const problems = parseContent(contentSources([report], { people }), { includeDrafts: false, reportCache: cache }).problems.map(formatProblem);
    expect(cache.answered).toEqual(["content/en/news/itu.md"]);
    expect(problems).toEqual(['content/en/news/itu.md:5: counterpart: unknown key "doreen-bogdan-martin" in people.yaml']);
  });

  it("reports a slug repeated by a new file against a remembered one", () => {
    const cache = recordingCache();
    parseContent(contentSources([reportFile("fa", "2024/itu.md")]), { includeDrafts: false, reportCache: cache });
    const problems = parseContent(contentSources([reportFile("fa", "2024/itu.md"), reportFile("fa", "2025/itu.md")]), { includeDrafts: false, reportCache: cache }).problems;
    expect(cache.answered).toEqual(["content/fa/news/2024/itu.md"]);
    expect(problems.map(formatProblem)).toEqual([
      'content/fa/news/2025/itu.md: slug: slug "itu" is already used by content/fa/news/2024/itu.md: each Persian report needs its own',
    ]);
  });
});
