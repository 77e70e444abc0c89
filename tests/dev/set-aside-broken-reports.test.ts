/**
 * Errors are per file: report files with errors are set aside (at their last good text, or left
 * out) until the content parses; an error in a data file is not set aside.
 */
import { describe, expect, it } from "vitest";
import type { ContentSources, ParsedContent } from "../../src/content/parse-content.ts";
import type { Problem } from "../../src/content/problem.ts";
import type { ReportSourceFile } from "../../src/content/source-file.ts";
import { errorsOf, parseSettingAside } from "../../src/dev/set-aside-broken-reports.ts";

const DATA: Omit<ContentSources, "reports"> = {
  dataDir: "content/_data",
  site: { path: "content/_data/site.yaml", text: "site" },
  registries: { people: undefined, organizations: undefined, venues: undefined, topics: undefined },
};

function report(name: string, text: string): ReportSourceFile {
  return { path: `content/en/news/${name}.md`, text, lang: "en" };
}

function error(file: string): Problem {
  return { file, field: "title", message: "bad", severity: "error" };
}

/**
 * A stand-in for parseContent: a file whose text says "bad" has an error, as has the site file
 * when its text does; "clash" files have an error while another "clash" file is there. Counts its parses.
 */
function fakeParse(): { parse: (sources: ContentSources) => ParsedContent; texts: string[][] } {
  const texts: string[][] = [];
  const parse = (sources: ContentSources): ParsedContent => {
    texts.push(sources.reports.map((file) => `${file.path.slice(-4, -3)}:${file.text}`));
    const problems = sources.reports.filter((file) => file.text.includes("bad")).map((file) => error(file.path));
    const clashing = sources.reports.filter((file) => file.text.includes("clash"));
    if (clashing.length > 1) problems.push(...clashing.slice(1).map((file) => error(file.path)));
    if (sources.site?.text.includes("bad") === true) problems.push(error(sources.site.path));
    return { content: problems.length === 0 ? { site: {} as never, registries: {} as never, reports: [], media: new Map() } : undefined, validReports: [], problems };
  };
  return { parse, texts };
}

describe("parseSettingAside", () => {
  it("parses once when nothing has an error", () => {
    const { parse, texts } = fakeParse();
    const result = parseSettingAside({ ...DATA, reports: [report("a", "good"), report("b", "good")] }, new Map(), parse);
    expect([result.parsed.problems, texts]).toEqual([[], [["a:good", "b:good"]]]);
  });

  it("parses a broken file at its last good text, and leaves out one that never had one", () => {
    const { parse, texts } = fakeParse();
    const lastGood = new Map([["content/en/news/a.md", report("a", "old")]]);
    const result = parseSettingAside({ ...DATA, reports: [report("a", "bad"), report("b", "bad"), report("c", "good")] }, lastGood, parse);
    expect(result.parsed.content).not.toBe(undefined);
    expect(result.reports.map((file) => file.text)).toEqual(["old", "good"]);
    expect(texts).toEqual([
      ["a:bad", "b:bad", "c:good"],
      ["a:old", "c:good"],
    ]);
  });

  it("leaves out a file whose last good text has an error now too", () => {
    const { parse } = fakeParse();
    const lastGood = new Map([["content/en/news/b.md", report("b", "clash, as before")]]);
    const result = parseSettingAside({ ...DATA, reports: [report("a", "clash"), report("b", "bad")] }, lastGood, parse);
    expect([result.parsed.problems, result.reports.map((file) => file.path)]).toEqual([[], ["content/en/news/a.md"]]);
  });

  it("sets nothing aside for an error in a data file", () => {
    const { parse, texts } = fakeParse();
    const result = parseSettingAside({ ...DATA, site: { path: "content/_data/site.yaml", text: "bad" }, reports: [report("a", "bad")] }, new Map(), parse);
    expect([result.parsed.content, errorsOf(result.parsed.problems).map((problem) => problem.file), texts.length]).toEqual([
      undefined,
      ["content/en/news/a.md", "content/_data/site.yaml"],
      1,
    ]);
  });
});

describe("errorsOf", () => {
  it("keeps the errors and drops the warnings", () => {
    const warning: Problem = { ...error("a"), severity: "warning" };
    expect(errorsOf([error("a"), warning, error("b")])).toEqual([error("a"), error("b")]);
  });
});
