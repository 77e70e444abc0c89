/**
 * The sample site's report files and those of a generated archive (src/bench/generate-corpus.ts),
 * for tests that compare two ways of reading every report.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../src/bench/generate-corpus.ts";
import { parseData } from "../../src/content/parse-registries.ts";
import { readContentSources } from "../../src/content/read-content.ts";
import type { ReportSourceFile } from "../../src/content/source-file.ts";

/**
 * The report files of content/ followed by those of `pairs` generated report pairs, read into memory.
 * The generated archive is written into the test run's temporary folder.
 * @example sampleAndGeneratedReports(20).length // 55: the sample's 15 and 40 generated
 */
export function sampleAndGeneratedReports(pairs: number): ReportSourceFile[] {
  const corpus = join(mkdtempSync(join(tmpdir(), "khabar-generated-")), "content");
  generateCorpus(corpus, pairs, "content", parseData(readContentSources("content")).registries);
  return [...readContentSources("content").reports, ...readContentSources(corpus).reports];
}
