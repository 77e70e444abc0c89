/**
 * The typography findings of a Persian report body, for `check`'s warnings.
 */
import type { TypographyFinding } from "./content-warnings.ts";

/**
 * Words the typography rules would write otherwise.
 * @example typographyFindings("همکاريها") // [{ line: 1, before: "همکاريها", after: "همکاری‌ها" }]
 */
export function typographyFindings(markdown: string): TypographyFinding[] {
  return fixedBody(markdown).changes.map(({ line, before, after }) => ({ line, before, after }));
}

/** Until the ZWNJ rules land, only Arabic letters are repaired. */
export function fixedBody(markdown: string): { text: string; changes: TypographyFinding[] } {
  const changes: TypographyFinding[] = [];
  const lines = markdown.split("\n").map((content, index) =>
    content.replace(/\S*[\u064a\u0643]\S*/g, (word) => {
      const after = word.replace(/\u064a/g, "\u06cc").replace(/\u0643/g, "\u06a9");
      changes.push({ line: index + 1, before: word, after });
      return after;
    }),
  );
  return { text: lines.join("\n"), changes };
}
