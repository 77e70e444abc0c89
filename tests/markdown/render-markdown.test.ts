import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "../../src/bench/random.ts";
import { splitFrontmatter } from "../../src/content/frontmatter.ts";
import { firstParagraphText, markdownFor, parsedFirstParagraphText, renderMarkdown, typographicQuotes } from "../../src/markdown/render-markdown.ts";
import { sampleAndGeneratedReports } from "../helpers/generated-reports.ts";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis and lists", () => {
    expect(renderMarkdown("The *minister* met:\n\n- the ITU\n- the APT\n", "en")).toBe(
      "<p>The <em>minister</em> met:</p>\n<ul>\n<li>the ITU</li>\n<li>the APT</li>\n</ul>\n",
    );
  });

  it("escapes raw HTML so a script tag stays text", () => {
    expect(renderMarkdown("<script>alert(1)</script>", "en")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });

  it("escapes inline HTML and ampersands inside a paragraph", () => {
    expect(renderMarkdown("Hello <b onclick=x()>there</b> & <!-- more -->", "en")).toBe(
      "<p>Hello &lt;b onclick=x()&gt;there&lt;/b&gt; &amp; &lt;!-- more --&gt;</p>\n",
    );
  });

  it("does not render a javascript: link as a link", () => {
    expect(renderMarkdown("[click](javascript:alert(1))", "en")).toBe("<p>[click](javascript:alert(1))</p>\n");
  });

  it("does not render a javascript: autolink or image as markup", () => {
    expect(renderMarkdown("<javascript:alert(1)>", "en")).toBe("<p>&lt;javascript:alert(1)&gt;</p>\n");
    expect(renderMarkdown("![x](javascript:alert(1))", "en")).toBe("<p>![x](javascript:alert(1))</p>\n");
  });

  it("renders an https link", () => {
    expect(renderMarkdown("[ITU](https://www.itu.int/)", "en")).toBe('<p><a href="https://www.itu.int/">ITU</a></p>\n');
  });

  it("turns a bare web address into a link", () => {
    expect(renderMarkdown("See https://www.itu.int now", "en")).toBe('<p>See <a href="https://www.itu.int">https://www.itu.int</a> now</p>\n');
  });

  it("writes Persian guillemets for double quotes on Persian pages", () => {
    expect(renderMarkdown('وزیر گفت: "همکاری ادامه دارد"', "fa")).toBe("<p>وزیر گفت: «همکاری ادامه دارد»</p>\n");
  });

  it("writes single guillemets for single quotes on Persian pages", () => {
    expect(renderMarkdown("'ITU'", "fa")).toBe("<p>‹ITU›</p>\n");
  });

  it("writes curly English quotes on English pages", () => {
    expect(renderMarkdown("The minister said \"cooperation continues\" and 'more'", "en")).toBe(
      "<p>The minister said “cooperation continues” and ‘more’</p>\n",
    );
  });

  it("demotes a body # heading to <h2> so the title stays the only <h1>", () => {
    expect(renderMarkdown("# Lead\n\nText", "en")).toBe("<h2>Lead</h2>\n<p>Text</p>\n");
  });

  it("keeps ## headings as <h2> and ### as <h3>", () => {
    expect(renderMarkdown("## Sub\n\n### Detail\n\n# Another", "fa")).toBe("<h2>Sub</h2>\n<h3>Detail</h3>\n<h2>Another</h2>\n");
  });

  it("keeps ZWNJ inside Persian words", () => {
    expect(renderMarkdown("همکاری\u200cهای دو کشور", "fa")).toBe("<p>همکاری\u200cهای دو کشور</p>\n");
  });
});

describe("markdownFor", () => {
  it("makes one renderer per language and reuses it", () => {
    expect(markdownFor("fa") === markdownFor("fa")).toBe(true);
    expect(markdownFor("fa") === markdownFor("en")).toBe(false);
  });

  it("renders with the language's quotes", () => {
    expect(markdownFor("fa").render('"سلام"')).toBe("<p>«سلام»</p>\n");
  });
});

describe("typographicQuotes", () => {
  it("gives plain English text the body's curly quotes and apostrophes", () => {
    expect(typographicQuotes("Pakistan's minister said \"we agree\" on the two countries' 'corridors'", "en")).toBe(
      "Pakistan’s minister said “we agree” on the two countries’ ‘corridors’",
    );
  });

  it("gives plain Persian text guillemets", () => {
    expect(typographicQuotes("وزیر گفت: \"همکاری‌ها ادامه دارد\" و 'ITU'", "fa")).toBe("وزیر گفت: «همکاری‌ها ادامه دارد» و ‹ITU›");
  });

  it("changes nothing else: Markdown, entities, escapes, dashes, line ends and a quote left open stay as written", () => {
    expect(typographicQuotes('"a *b* [c](d) &amp; \\ -- (c) ...\r\n', "en")).toBe('"a *b* [c](d) &amp; \\ -- (c) ...\r\n');
  });
});

describe("firstParagraphText", () => {
  it("gives the first paragraph as plain text, after any heading", () => {
    expect(firstParagraphText("## Head\n\nFirst *one*.\n\nSecond.", "en")).toBe("First one.");
  });

  it("joins the lines of the paragraph with spaces and keeps inline code", () => {
    expect(firstParagraphText("First `line`\nsecond line\n\nNext.", "en")).toBe("First line second line");
  });

  it("keeps the link text and drops the address", () => {
    expect(firstParagraphText("Met the [ITU](https://www.itu.int/) chief.", "en")).toBe("Met the ITU chief.");
  });

  it("keeps raw HTML as text and applies the language's quotes", () => {
    expect(firstParagraphText('"نقل قول" و <b>', "fa")).toBe("«نقل قول» و <b>");
  });

  it("reads the lead of a long body the same as the whole body gives it", () => {
    const filler = "More text follows here. ".repeat(200);
    expect(firstParagraphText(`## Head\n\nThe *lead*.\n\n${filler}\n\n${filler}`, "en")).toBe("The lead.");
  });

  it("finds the lead after a long fenced block with blank lines in it", () => {
    const code = "x = 1\n\n".repeat(400);
    expect(firstParagraphText(`\`\`\`\n${code}\`\`\`\n\nAfter the code.\n\nNext.`, "en")).toBe("After the code.");
  });

  it("follows a link reference defined at the end of a long body", () => {
    const filler = "More text follows here. ".repeat(200);
    expect(firstParagraphText(`Met the [ITU][itu] chief.\n\n${filler}\n\n[itu]: https://www.itu.int/`, "en")).toBe("Met the ITU chief.");
  });

  it("gives an empty text when the body has no paragraph", () => {
    expect(firstParagraphText("## Only a heading", "en")).toBe("");
  });
});

describe("firstParagraphText on a lead line of plain text, which it does not parse", () => {
  it("gives the line as it stands, trimmed", () => {
    expect(firstParagraphText("وزیر ارتباطات با دبیرکل اتحادیه دیدار کرد.  \n\n## گفت‌وگو", "fa")).toBe("وزیر ارتباطات با دبیرکل اتحادیه دیدار کرد.");
    expect(firstParagraphText("The minister met the ITU chief.", "en")).toBe("The minister met the ITU chief.");
  });

  it("gives what markdown-it reads where the line is not left as it is", () => {
    const changed: Record<string, string> = {
      "Met at iran.it today.": "Met at iran.it today.",
      "Rights (c) 2025 and (TM).": "Rights © 2025 and ™.",
      "Wait.. what,, now????": "Wait… what, now???",
      "He said \"yes\".": "He said “yes”.",
    };
    for (const [lead, text] of Object.entries(changed)) expect([lead, firstParagraphText(lead, "en")]).toEqual([lead, text]);
  });

  it("gives what markdown-it gives for every sample and generated report", () => {
    const reports = sampleAndGeneratedReports(40);
    expect(reports.length).toBe(95);
    for (const report of reports) {
      const body = splitFrontmatter(report.text)?.body ?? "";
      expect([report.path, firstParagraphText(body, report.lang)]).toEqual([report.path, parsedFirstParagraphText(body, report.lang)]);
    }
  });

  /** Letters, spaces and punctuation a plain line may hold, and runs of them the typographer or linkify change. */
  const PLAIN_PIECES = ["a", "ب", "I", "t", "c", "tm", "r", "org", "com", " ", "\u00a0", "\t", "\u200c", ".", ",", "?", "(", ")", "«", "»", "۱", "1", "(c)", "(TM)", "..", ",,", "????", ". ", ".i"];
  /** Every other character where markdown-it begins to read something. */
  const MARKUP_PIECES = ["\n", "\n\n", "\r", "\0", ..."!\"#$%&'*+-/:<=>@[\\]^_`{|}~"];

  it.each([
    ["letters, spaces and punctuation", PLAIN_PIECES],
    ["those and every character markdown-it reads", [...PLAIN_PIECES, ...MARKUP_PIECES]],
  ])("gives what markdown-it gives for 10,000 random texts of %s", (_, pieces) => {
    const next = seededRandom(1404);
    for (let text = 0; text < 10_000; text++) {
      const lead = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(next, pieces)).join("");
      const lang = next() < 0.5 ? "fa" : "en";
      expect([lead, firstParagraphText(lead, lang)]).toEqual([lead, parsedFirstParagraphText(lead, lang)]);
    }
  });
});
