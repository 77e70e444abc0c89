/**
 * The feeds show their reports' bodies, and the feeds are made on the main thread, but the build's
 * second thread keeps the bodies of the reports it checked (see second-thread.ts): those few come back.
 */
import type { Content } from "../content/parse-content.ts";
import type { Report } from "../content/report.ts";
import { reportsInFeeds } from "../site/feeds.ts";
import { reportPath } from "../site/site-urls.ts";
import type { SecondThread } from "./second-thread.ts";

/**
 * The content with the bodies of the reports in the feeds given back by the second thread.
 * @example (await withFeedBodies(thread, content)).reports.find((report) => report.slug === "itu-secretary-general-baku")?.body // "وزیر ارتباطات …"
 */
export async function withFeedBodies(thread: SecondThread, content: Content): Promise<Content> {
  const kept = reportsInFeeds(content.reports).filter((report) => typeof report.body !== "string");
  if (kept.length === 0) return content;
  const bodies = await thread.keptBodies(kept.map((report) => reportPath(report.lang, report.slug)));
  const bodyOf = new Map<Report, string | undefined>(kept.map((report, at) => [report, bodies[at]]));
  return { ...content, reports: content.reports.map((report) => withBody(report, bodyOf.get(report))) };
}

function withBody(report: Report, body: string | undefined): Report {
  return body === undefined ? report : { ...report, body };
}
