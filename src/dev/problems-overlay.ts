/**
 * Content errors shown in the browser by the dev server: an overlay on every HTML page while any
 * error stands, and a page of its own for an address that has no page because of them. Each
 * problem is one line, `file:line: field: message`, as the terminal prints it; its text is
 * escaped, so a title or a key in a message is shown as written and never read as markup.
 */
import { formatProblem, type Problem } from "../content/problem.ts";
import { beforeBodyEnd } from "./before-body-end.ts";

/** A heading in both languages: the overlay shows on Persian and English pages alike. */
export interface BilingualHeading {
  readonly en: string;
  readonly fa: string;
}

/** The overlay's heading. */
export const CONTENT_ERRORS: BilingualHeading = { en: "The content has errors", fa: "محتوا خطا دارد" };

/** The heading of the page of a report that has no page because of its errors. */
export const REPORT_ERRORS: BilingualHeading = { en: "This report has errors", fa: "این خبر خطا دارد" };

/** The most problems listed in a page: a registry emptied by mistake can make one for every report. */
const MOST_LINES = 100;

/** Above the page's own styles, and set in full so that they do not reach into it. */
const OVERLAY_STYLE =
  "all:initial;display:block;position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:50vh;overflow:auto;box-sizing:border-box;padding:0.75rem 1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #c00;font:14px/1.5 ui-monospace,monospace";

const REFERENCES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text with the five characters that HTML reads as markup written as references.
 * @example escapeHtml(`<b title="x">`) // "&lt;b title=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => REFERENCES[character] as string);
}

/**
 * A page with the overlay listing the problems before its `</body>`; the page as it is when there are none.
 * @example withProblemsOverlay("<body></body>", [problem]) // '<body><aside id="khabar-problems" …><li>content/en/news/a.md:4: minister: …</li>…</aside>\n</body>'
 */
export function withProblemsOverlay(html: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return html;
  return beforeBodyEnd(html, `<aside id="khabar-problems" role="alert" style="${OVERLAY_STYLE}">\n${headingLine(CONTENT_ERRORS, "p")}\n${problemList(problems)}\n</aside>\n`);
}

/**
 * A whole HTML page in place of a page that cannot be made: the heading and the problems.
 * @example problemsPage(REPORT_ERRORS, [problem]) // '<!doctype html>\n<html lang="en" dir="ltr">…<h1>This report has errors · <span lang="fa" dir="rtl">این خبر خطا دارد</span></h1>…'
 */
export function problemsPage(heading: BilingualHeading, problems: readonly Problem[]): string {
  return [
    "<!doctype html>",
    '<html lang="en" dir="ltr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading.en)} · khabar</title></head>`,
    '<body style="font:16px/1.5 system-ui,sans-serif;margin:2rem">',
    headingLine(heading, "h1"),
    problemList(problems),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function headingLine(heading: BilingualHeading, tag: "p" | "h1"): string {
  const style = tag === "p" ? ' style="all:initial;display:block;margin:0 0 0.5rem;font:bold 15px/1.5 system-ui,sans-serif;color:#5c0000"' : "";
  return `<${tag}${style}>${escapeHtml(heading.en)} · <span lang="fa" dir="rtl">${escapeHtml(heading.fa)}</span></${tag}>`;
}

function problemList(problems: readonly Problem[]): string {
  const lines = problems.slice(0, MOST_LINES).map(formatProblem);
  // The terminal has them all.
  if (problems.length > MOST_LINES) lines.push(`… +${problems.length - MOST_LINES}`);
  const items = lines.map((line) => `<li style="all:initial;display:list-item;margin:0.25rem 0;font:inherit;color:inherit;white-space:pre-wrap">${escapeHtml(line)}</li>`);
  return `<ul dir="ltr" style="all:initial;display:block;margin:0;padding:0 0 0 1.25rem;font:inherit;color:inherit;list-style:disc">\n${items.join("\n")}\n</ul>`;
}
