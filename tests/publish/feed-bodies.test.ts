import { describe, expect, it } from "vitest";
import { withFeedBodies } from "../../src/publish/feed-bodies.ts";
import { contentOfCheckedFiles, parseContent } from "../../src/content/parse-content.ts";
import { listReportFiles, readContentSources, readDataSources } from "../../src/content/read-content.ts";
import { FEED_SIZE } from "../../src/site/feeds.ts";
import { siteModelFor } from "../../src/site/load-site.ts";
import { withReadyThread } from "../helpers/ready-thread.ts";

const OPTIONS = { contentDir: "content", baseUrl: undefined, pathPrefix: "/", includeDrafts: false } as const;

describe("withFeedBodies", () => {
  it("gives the reports in the feeds back the bodies the second thread kept, so the feeds are those of one thread", async () => {
    await withReadyThread(async (thread) => {
      // The thread is ready, so it takes the Persian files at once and keeps their bodies.
      const checked = await thread.checkReportFiles(listReportFiles("content"), "fa");
      const content = contentOfCheckedFiles(readDataSources("content"), checked, OPTIONS).content;
      if (content === undefined) throw new Error("the sample content has errors");
      expect(content.reports.filter((report) => typeof report.body !== "string").map((report) => report.lang)).toEqual(Array(8).fill("fa"));

      const given = await withFeedBodies(thread, content);
      expect(given.reports.filter((report) => typeof report.body !== "string")).toEqual([]);
      const alone = parseContent(readContentSources("content"), OPTIONS).content;
      if (alone === undefined) throw new Error("the sample content has errors");
      expect(siteModelFor(given, OPTIONS).feeds).toEqual(siteModelFor(alone, OPTIONS).feeds);
    });
  });

  it("asks nothing of the second thread when every report in the feeds has its body", async () => {
    const content = parseContent(readContentSources("content"), OPTIONS).content;
    if (content === undefined) throw new Error("the sample content has errors");
    const asked: string[][] = [];
    const thread = { keptBodies: async (paths: readonly string[]) => (asked.push([...paths]), []) } as unknown as Parameters<typeof withFeedBodies>[0];
    expect(await withFeedBodies(thread, content)).toBe(content);
    expect([asked, FEED_SIZE]).toEqual([[], 50]);
  });
});
