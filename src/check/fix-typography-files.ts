/**
 * `check --fix`: repairs Persian typography in report bodies, file by file, atomically. The
 * frontmatter is kept byte for byte; only the body after the closing `---` can change.
 */
import type { ReportSourceFile } from "../content/source-file.ts";
import { writeFileAtomically } from "../files/write-file.ts";
import { NO_KNOWN_SPELLINGS, WordFixMemo, type KnownSpellings } from "../typography/index.ts";
import { fixedBody } from "./typography-findings.ts";

export interface AppliedFix {
  readonly file: string;
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

/**
 * Fixes every Persian report body and returns what changed; files without a change are not written.
 * @example fixTypographyInFiles(sources.reports) // [{ file: "content/fa/news/2025/x.md", line: 12, before: "همکاریهای", after: "همکاری‌های" }]
 */
export function fixTypographyInFiles(
  reports: readonly ReportSourceFile[],
  memo: WordFixMemo = new WordFixMemo(),
  known: KnownSpellings = NO_KNOWN_SPELLINGS,
): AppliedFix[] {
  const applied: AppliedFix[] = [];
  for (const file of reports) {
    if (file.lang !== "fa") continue;
    const fixed = fixReportText(file.text, memo, known);
    if (fixed === undefined) continue;
    writeFileAtomically(file.path, fixed.text);
    for (const { line, before, after } of fixed.changes) applied.push({ file: file.path, line, before, after });
  }
  return applied;
}

/**
 * A report file's text with its body fixed, or undefined when nothing changes (or it has no frontmatter).
 * @example fixReportText("---\ntitle: x\n---\nميتواند\n")?.text // "---\ntitle: x\n---\nمی‌تواند\n"
 */
export function fixReportText(
  text: string,
  memo: WordFixMemo = new WordFixMemo(),
  known: KnownSpellings = NO_KNOWN_SPELLINGS,
): { text: string; changes: { line: number; column: number; before: string; after: string }[] } | undefined {
  // Not splitFrontmatter(): it normalises line ends for parsing, and here the frontmatter must be
  // written back byte for byte.
  const lines = text.split("\n");
  if (lines[0]?.replace(/^\uFEFF/, "").trimEnd() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close === -1) return undefined;
  const head = lines.slice(0, close + 1).join("\n");
  const body = lines.slice(close + 1).join("\n");
  const fixed = fixedBody(body, memo, known);
  if (fixed.changes.length === 0) return undefined;
  return {
    text: `${head}\n${fixed.text}`,
    changes: fixed.changes.map((change) => ({ ...change, line: change.line + close + 1 })),
  };
}

