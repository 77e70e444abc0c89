/**
 * Content errors in the browser: the overlay on every page and the page of a report that has none,
 * each problem on a line of its own as the terminal prints it, escaped, never markup.
 */
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/content/problem.ts";
import { CONTENT_ERRORS, escapeHtml, problemsPage, REPORT_ERRORS, withProblemsOverlay } from "../../src/dev/problems-overlay.ts";

const HOSTILE: Problem = { file: "content/en/news/a.md", line: 2, field: "title", message: `"<script>alert(1)</script>" & <b>more</b>`, severity: "error" };
const DATE: Problem = { file: "content/fa/news/b.md", line: 3, field: "date", message: '"2025-02-30" is not a real date: February 2025 has 28 days', severity: "error" };

describe("escapeHtml", () => {
  it("writes the five characters HTML reads as markup as references", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("withProblemsOverlay", () => {
  it("leaves a page as it is when there are no problems", () => {
    expect(withProblemsOverlay("<body><p>Hi</p></body>", [])).toBe("<body><p>Hi</p></body>");
  });

  it("adds before </body> a bilingual heading and one line a problem, file:line: field: message", () => {
    const $ = load(withProblemsOverlay("<html><body><main><p>Hi</p></main></body></html>", [HOSTILE, DATE]));
    const overlay = $("body > aside#khabar-problems[role=alert]");
    expect(overlay.prev().is("main")).toBe(true);
    expect(overlay.find("p").text()).toBe("The content has errors · محتوا خطا دارد");
    expect(overlay.find('p span[lang="fa"][dir="rtl"]').text()).toBe(CONTENT_ERRORS.fa);
    expect(overlay.find("li").map((_index, item) => $(item).text()).get()).toEqual([
      `content/en/news/a.md:2: title: "<script>alert(1)</script>" & <b>more</b>`,
      'content/fa/news/b.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
    ]);
  });

  it("never lets a problem's text become markup", () => {
    const html = withProblemsOverlay("<body></body>", [HOSTILE]);
    expect(html).toContain("<li");
    expect(html).toContain(">content/en/news/a.md:2: title: &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; &lt;b&gt;more&lt;/b&gt;</li>");
    const $ = load(html);
    expect([$("script").length, $("b").length]).toEqual([0, 0]);
  });

  it("lists the first hundred problems and counts the rest", () => {
    const many = Array.from({ length: 130 }, (_unused, index): Problem => ({ ...DATE, line: index + 1 }));
    const items = load(withProblemsOverlay("<body></body>", many))("li");
    expect([items.length, items.last().text()]).toEqual([101, "… +30"]);
  });
});

describe("problemsPage", () => {
  it("is a whole page with the bilingual heading and the problems", () => {
    const $ = load(problemsPage(REPORT_ERRORS, [DATE]));
    expect([$("html").attr("lang"), $("title").text(), $("h1").text(), $("li").text()]).toEqual([
      "en",
      "This report has errors · khabar",
      "This report has errors · این خبر خطا دارد",
      'content/fa/news/b.md:3: date: "2025-02-30" is not a real date: February 2025 has 28 days',
    ]);
  });
});
