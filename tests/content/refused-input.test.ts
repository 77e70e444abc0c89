/**
 * What parseContent refuses so that nothing bad reaches a page or a feed: control characters in any
 * frontmatter value, body or data file, files that could not be read as UTF-8 or were symbolic links
 * not followed; and what it accepts that used to be dropped, report files named `*.MD`.
 */
import { describe, expect, it } from "vitest";
import { checkReportFile, parseContent, type ContentSources, type ReportFileCache, type CheckedReportFile } from "../../src/content/parse-content.ts";
import { formatProblem } from "../../src/content/problem.ts";
import { SINGLE_BYTE_MESSAGE, UTF16_MESSAGE } from "../../src/content/read-content-file.ts";
import type { ReportSourceFile, SourceFile } from "../../src/content/source-file.ts";
import type { Lang } from "../../src/i18n/locales.ts";
import { FIXTURE_REGISTRIES, FIXTURE_SITE_YAML } from "../helpers/fixture-site.ts";

type DataFileName = "site" | "people" | "organizations" | "venues" | "topics";

/** The fixture site's data files, some replaced (a text, or a whole source file), and these reports. */
function contentSources(reports: readonly ReportSourceFile[], data: Partial<Record<DataFileName, string | SourceFile>> = {}): ContentSources {
  const file = (name: DataFileName, text: string): SourceFile => {
    const given = data[name];
    return typeof given === "object" ? given : { path: `content/_data/${name}.yaml`, text: given ?? text };
  };
  return {
    dataDir: "content/_data",
    site: file("site", FIXTURE_SITE_YAML),
    registries: {
      people: file("people", FIXTURE_REGISTRIES["people.yaml"] ?? ""),
      organizations: file("organizations", FIXTURE_REGISTRIES["organizations.yaml"] ?? ""),
      venues: file("venues", FIXTURE_REGISTRIES["venues.yaml"] ?? ""),
      topics: file("topics", FIXTURE_REGISTRIES["topics.yaml"] ?? ""),
    },
    reports,
  };
}

/** Date on line 3, minister on line 4, after the title on line 2. */
const FIELDS = ['date: "2025-11-18"', "minister: sattar-hashemi"];

/** A report source whose text is `---`, the frontmatter lines, `---`, the body. */
function report(lang: Lang, name: string, frontmatter: readonly string[], body = "The report's text.\n"): ReportSourceFile {
  return { path: `content/${lang}/news/${name}`, lang, text: ["---", ...frontmatter, "---", body].join("\n") };
}

function problemLines(sources: ContentSources): string[] {
  return parseContent(sources, { includeDrafts: false }).problems.map(formatProblem);
}

describe("control characters in report frontmatter", () => {
  it("are refused in a title on its line, written as the character itself", () => {
    expect(problemLines(contentSources([report("en", "a.md", ["title: Ring\u0007", ...FIELDS])]))).toEqual([
      "content/en/news/a.md:2: title: contains the control character U+0007 (BELL): remove it",
    ]);
  });

  it("are refused in every string value, written as the character or as a YAML escape", () => {
    const frontmatter = [
      'title: "Fine\\uFFFF"',
      ...FIELDS,
      'summary: "one\\x1Btwo"',
      "event: World\u007fSummit",
      'source: { name: "IR\\uD800NA", url: "https://www.irna.ir/" }',
      "organization: itu",
    ];
    expect(problemLines(contentSources([report("en", "a.md", frontmatter)]))).toEqual([
      "content/en/news/a.md:2: title: contains the noncharacter U+FFFF, written as an escape: remove it",
      "content/en/news/a.md:5: summary: contains the control character U+001B (ESCAPE), written as an escape: remove it",
      "content/en/news/a.md:6: event: contains the control character U+007F (DELETE): remove it",
      "content/en/news/a.md:7: source: contains the lone surrogate U+D800, half of a pair without its other half, written as an escape: remove it",
    ]);
  });

  it("are refused in a list item, besides the item's own problems", () => {
    const frontmatter = ["title: Fine", ...FIELDS, 'topics: [ai, "a\\bi"]'];
    expect(problemLines(contentSources([report("en", "a.md", frontmatter)]))).toEqual([
      "content/en/news/a.md:5: topics: contains the control character U+0008 (BACKSPACE), written as an escape: remove it",
      'content/en/news/a.md:5: topics.1: expected a key in topics.yaml (lowercase ASCII letters, digits and hyphens), got "a\bi"',
      'content/en/news/a.md:5: topics[1]: unknown key "a\bi" in topics.yaml (did you mean "ai"?)',
    ]);
  });

  it("are refused in a Persian report's title as in an English one", () => {
    expect(problemLines(contentSources([report("fa", "a.md", ["title: دیدار\u0002 وزیر", ...FIELDS])]))).toEqual([
      "content/fa/news/a.md:2: title: contains the control character U+0002 (START OF TEXT): remove it",
    ]);
  });

  it("let tabs, a tab escape and an escaped emoji through", () => {
    expect(problemLines(contentSources([report("en", "a.md", ["title: \"Tab\\there \\uD83D\\uDE00\"\t", ...FIELDS])]))).toEqual([]);
  });
});

describe("control characters in report bodies", () => {
  it("are refused on the body line where each stands, every line at once", () => {
    const body = "First paragraph.\n\nSecond\u0000 paragraph.\nA line with a form feed\u000c.\n";
    expect(problemLines(contentSources([report("en", "a.md", ["title: Fine", ...FIELDS], body)]))).toEqual([
      "content/en/news/a.md:8: body: contains the control character U+0000 (NULL): remove it",
      "content/en/news/a.md:9: body: contains the control character U+000C (FORM FEED): remove it",
    ]);
  });

  it("refuse a CR that does not end a Windows line, and let Windows line ends through", () => {
    const windows = { path: "content/en/news/a.md", lang: "en" as const, text: "---\r\ntitle: Fine\r\ndate: \"2025-11-18\"\r\nminister: sattar-hashemi\r\n---\r\nText.\r\n" };
    expect(problemLines(contentSources([windows]))).toEqual([]);
    expect(problemLines(contentSources([report("en", "b.md", ["title: Fine", ...FIELDS], "Old\rMac text.\n")]))).toEqual([
      "content/en/news/b.md:6: body: contains the control character U+000D (CARRIAGE RETURN): remove it",
    ]);
  });

  it("are refused along with every other problem of the same file and of other files", () => {
    const reports = [report("en", "a.md", ["title: Bell\u0007", 'date: "2025-02-30"', "minister: sattar-hashemi"], "Text\u001f.\n"), report("fa", "b.md", ["title: ب", ...FIELDS], "\u0003\n")];
    expect(problemLines(contentSources(reports))).toEqual([
      "content/en/news/a.md:2: title: contains the control character U+0007 (BELL): remove it",
      'content/en/news/a.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
      "content/en/news/a.md:6: body: contains the control character U+001F (UNIT SEPARATOR): remove it",
      "content/fa/news/b.md:6: body: contains the control character U+0003 (END OF TEXT): remove it",
    ]);
  });

  it("are found in a file without frontmatter besides its own problem", () => {
    expect(problemLines(contentSources([{ path: "content/en/news/a.md", lang: "en", text: "Just text\u0007\n" }]))).toEqual([
      "content/en/news/a.md:1: file: contains the control character U+0007 (BELL): remove it",
      "content/en/news/a.md:1: frontmatter: expected the file to start with a `---` line, the frontmatter, and a closing `---` line",
    ]);
  });
});

describe("control characters in the data files", () => {
  it("are refused in site.yaml and each registry, on their lines, written as themselves or as escapes", () => {
    const site = FIXTURE_SITE_YAML.replace("name: Test News", 'name: "Test\\aNews"');
    const people = (FIXTURE_REGISTRIES["people.yaml"] ?? "").replace("role: Minister of ICT", "role: Minister\u0008 of ICT");
    const organizations = (FIXTURE_REGISTRIES["organizations.yaml"] ?? "").replace("short: ITU }\n  url", 'short: "IT\\x7FU" }\n  url');
    const venues = (FIXTURE_REGISTRIES["venues.yaml"] ?? "").replace("country: Azerbaijan", "country: Azer\ufffebaijan");
    const topics = (FIXTURE_REGISTRIES["topics.yaml"] ?? "").replace("name: هوش مصنوعی", 'name: "هوش\\x00مصنوعی"');
    expect(problemLines(contentSources([], { site, people, organizations, venues, topics }))).toEqual([
      "content/_data/organizations.yaml:3: itu: contains the control character U+007F (DELETE), written as an escape: remove it",
      "content/_data/people.yaml:3: sattar-hashemi: contains the control character U+0008 (BACKSPACE): remove it",
      "content/_data/site.yaml:8: en: contains the control character U+0007 (BELL), written as an escape: remove it",
      "content/_data/topics.yaml:2: ai: contains the control character U+0000 (NULL), written as an escape: remove it",
      "content/_data/venues.yaml:3: baku: contains the noncharacter U+FFFE: remove it",
    ]);
  });

  it("are found in a comment, which no value shows", () => {
    expect(problemLines(contentSources([], { venues: `# venues\u0007\n${FIXTURE_REGISTRIES["venues.yaml"]}` }))).toEqual([
      "content/_data/venues.yaml:1: file: contains the control character U+0007 (BELL): remove it",
    ]);
  });
});

describe("files that could not be read", () => {
  const latin1: ReportSourceFile = { path: "content/fa/news/latin.md", lang: "fa", text: "", unreadable: SINGLE_BYTE_MESSAGE };

  it("are reported by name as not UTF-8, without the frontmatter problem an empty text would have", () => {
    const utf16: ReportSourceFile = { path: "content/en/news/wide.md", lang: "en", text: "", unreadable: UTF16_MESSAGE };
    expect(problemLines(contentSources([latin1, utf16]))).toEqual([
      "content/en/news/wide.md: file: is not UTF-8; it looks like UTF-16 — save it as UTF-8",
      "content/fa/news/latin.md: file: is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8",
    ]);
  });

  it("are reported by checkReportFile on its own, as the build's second thread calls it", () => {
    expect(checkReportFile(latin1)).toEqual({
      report: undefined,
      problems: [{ file: "content/fa/news/latin.md", field: "file", message: SINGLE_BYTE_MESSAGE, severity: "error" }],
      registryKeys: [],
      frontmatter: "",
    });
  });

  it("are reported for a data file, whose registry is then empty", () => {
    const people: SourceFile = { path: "content/_data/people.yaml", text: "", unreadable: UTF16_MESSAGE };
    expect(problemLines(contentSources([report("en", "a.md", ["title: A", ...FIELDS])], { people }))).toEqual([
      "content/_data/people.yaml: file: is not UTF-8; it looks like UTF-16 — save it as UTF-8",
      'content/en/news/a.md:4: minister: unknown key "sattar-hashemi" in people.yaml',
    ]);
  });

  it("include a symbolic link not followed, whose folder takes no slug", () => {
    const message = "is a symbolic link to /elsewhere outside the content folder; khabar does not follow it — move the files into the content folder";
    const link: ReportSourceFile = { path: "content/en/news/a", lang: "en", text: "", unreadable: message };
    const sameName = report("en", "2025/a.md", ["title: A", ...FIELDS]);
    expect(problemLines(contentSources([link, sameName]))).toEqual([`content/en/news/a: file: ${message}`]);
  });

  it("are never taken from a report cache, which knows files by their text", () => {
    const remembered: CheckedReportFile = { report: undefined, problems: [], registryKeys: [], frontmatter: "" };
    const asked: string[] = [];
    const cache: ReportFileCache = {
      get: (file) => {
        asked.push(`get ${file.path}`);
        return remembered;
      },
      set: (file) => asked.push(`set ${file.path}`),
    };
    expect(parseContent(contentSources([latin1]), { includeDrafts: false, reportCache: cache }).problems.map(formatProblem)).toEqual([`content/fa/news/latin.md: file: ${SINGLE_BYTE_MESSAGE}`]);
    expect(asked).toEqual([]);
  });
});

describe("report files named *.MD", () => {
  it("are built like *.md, the slug the name without the extension", () => {
    const { content, problems } = parseContent(contentSources([report("en", "2025/itu-baku.MD", ["title: A", ...FIELDS]), report("fa", "2025/itu-baku.Md", ["title: الف", ...FIELDS])]), { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(content?.reports.map((built) => `${built.lang} ${built.slug} ${built.translationKey}`)).toEqual(["en itu-baku itu-baku", "fa itu-baku itu-baku"]);
  });

  it("keep the slug rule, and repeat the slug of a *.md file of the same name", () => {
    expect(problemLines(contentSources([report("en", "Itu.MD", ["title: A", ...FIELDS]), report("en", "2024/a.md", ["title: A", ...FIELDS]), report("en", "2025/a.MD", ["title: A", ...FIELDS])]))).toEqual([
      'content/en/news/2025/a.MD: slug: slug "a" is already used by content/en/news/2024/a.md: each English report needs its own',
      'content/en/news/Itu.MD: slug: the file name expected lowercase ASCII letters, digits and single hyphens, got "Itu"',
    ]);
  });
});
