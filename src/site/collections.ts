/**
 * Grouping reports, in one pass each, so the build stays linear in the number of reports.
 */
import type { Report } from "../content/report.ts";
import type { Lang } from "../i18n/locales.ts";

/**
 * Items grouped by one or more keys each, keeping the items' order within a group and the keys'
 * order of first appearance.
 * @example groupBy(["ab", "ac", "b"], (word) => [word[0]]) // Map { "a" => ["ab", "ac"], "b" => ["b"] }
 */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function newestFirst(a: Report, b: Report): number {
  const byTime = b.date.instant.toMillis() - a.date.instant.toMillis();
  if (byTime !== 0) return byTime;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Reports per language, newest first.
 * @example reportsByLanguage(reports).fa.map((r) => r.slug) // ["itu-secretary-general-baku", …]
 */
export function reportsByLanguage<T extends { readonly report: Report }>(items: readonly T[]): Record<Lang, T[]> {
  const sorted = [...items].sort((a, b) => newestFirst(a.report, b.report));
  return { fa: sorted.filter((item) => item.report.lang === "fa"), en: sorted.filter((item) => item.report.lang === "en") };
}
