/**
 * A problem found in the content: where it is, which field, and what was expected.
 * Printed one a line as `<file>[:<line>]: <field>: <message>` (contract §5).
 */

export type Severity = "error" | "warning";

export interface Problem {
  /** Path relative to the repository (the working directory), with `/` separators. */
  readonly file: string;
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number | undefined;
  /** 1-based column, to keep several findings of one line in reading order (not printed). */
  readonly column?: number | undefined;
  /** The frontmatter or registry field, e.g. `minister` or `itu.fa.name`; `file` for the file as a whole. */
  readonly field: string;
  readonly message: string;
  readonly severity: Severity;
}

/**
 * One line for a problem.
 * @example formatProblem({ file: "content/fa/news/a.md", line: 4, field: "minister", message: "…", severity: "error" })
 * // "content/fa/news/a.md:4: minister: …"
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${where}: ${problem.field}: ${prefix}${problem.message}`;
}

/**
 * Problems in a stable order: by file, then line, then field, so every run prints the same list.
 * @example sortProblems([b, a]) // [a, b]
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  );
}

/** True when any of the problems is an error (warnings do not fail a build). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** Thrown when content has errors; carries every problem so the command can print them all. */
export class ContentErrors extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(`the content has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.map(formatProblem).join("\n")}`);
    this.name = "ContentErrors";
    this.problems = problems;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
