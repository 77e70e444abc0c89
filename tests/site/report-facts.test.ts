import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/content/parse-report.ts";
import type { Report } from "../../src/content/report.ts";
import type { Registries } from "../../src/content/schema.ts";
import { reportFacts } from "../../src/site/report-facts.ts";

const REGISTRIES: Registries = {
  people: {
    "sattar-hashemi": { fa: { name: "سید ستار هاشمی", role: "وزیر" }, en: { name: "Seyed Sattar Hashemi", role: "Minister" } },
  },
  organizations: {
    "tajik-service": {
      fa: { name: "خدمات ارتباطات تاجیکستان", short: "خدمات ارتباطات تاجیکستان" },
      en: { name: "Communications Service of Tajikistan", short: "Tajik Communications Service" },
    },
  },
  venues: {},
  topics: { ai: { fa: { name: "هوش مصنوعی" }, en: { name: "Artificial intelligence" } } },
};

/** A Persian report with the minister and the given extra frontmatter lines, parsed from its file. */
function reportWith(fields: readonly string[]): Report {
  const text = ["---", "title: T", 'date: "2025-11-18"', "minister: sattar-hashemi", ...fields, "---", "Body.\n"].join("\n");
  const { report, problems } = parseReport({ path: "content/fa/news/a.md", lang: "fa", text });
  if (report === undefined) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return report;
}

const href = (kind: string, key: string) => `/x/${kind}/${key}/`;

describe("reportFacts", () => {
  it("gives only the minister when nothing else is named", () => {
    expect(reportFacts(reportWith([]), REGISTRIES, "en", href)).toEqual([
      { label: "minister", items: [{ key: "sattar-hashemi", name: "Seyed Sattar Hashemi", detail: "Minister", href: "/x/people/sattar-hashemi/" }] },
    ]);
  });

  it("leaves out an organisation's short name when it repeats the name", () => {
    expect(reportFacts(reportWith(["organization: tajik-service"]), REGISTRIES, "fa", href)[1]).toEqual({
      label: "organization",
      items: [{ key: "tajik-service", name: "خدمات ارتباطات تاجیکستان", detail: undefined, href: "/x/organizations/tajik-service/" }],
    });
  });

  it("shows an organisation's short name when it differs from the name", () => {
    expect(reportFacts(reportWith(["organization: tajik-service"]), REGISTRIES, "en", href)[1]).toEqual({
      label: "organization",
      items: [
        { key: "tajik-service", name: "Communications Service of Tajikistan", detail: "Tajik Communications Service", href: "/x/organizations/tajik-service/" },
      ],
    });
  });

  it("gives the event as plain text without a link and the topics by name", () => {
    expect(reportFacts(reportWith(["event: WTDC-25", "topics: [ai]"]), REGISTRIES, "en", href).slice(1)).toEqual([
      { label: "event", items: [{ key: "event", name: "WTDC-25" }] },
      { label: "topics", items: [{ key: "ai", name: "Artificial intelligence", href: "/x/topics/ai/" }] },
    ]);
  });
});
