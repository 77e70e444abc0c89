/**
 * Splitting a list into pages of 20 and linking them (contract §3: `…/page/N/`).
 */
import type { Lang } from "../i18n/locales.ts";
import { localNumber, translateWith } from "../i18n/strings.ts";
import type { Pagination } from "./site-model.ts";
import { pagedPath, type UrlMaker } from "./site-urls.ts";

export const PAGE_SIZE = 20;

/**
 * Items in pages of `size`; an empty list still has one (empty) page.
 * @example chunk([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function chunk<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/**
 * The page numbers to link: the first, the last, and two either side of the current one; `0` marks a gap.
 * @example pageNumbersToShow(6, 12) // [1, 0, 4, 5, 6, 7, 8, 0, 12]
 */
export function pageNumbersToShow(current: number, total: number): number[] {
  const shown: number[] = [];
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= 2;
    if (page === 1 || page === total || near) shown.push(page);
    else if (shown.at(-1) !== 0) shown.push(0);
  }
  return shown;
}

/**
 * The links of page `current` of `total` of a list that starts at `firstPagePath`; none for a single page.
 * @example pagination("/fa/news/", 2, 3, "fa", urls)?.label // "صفحهٔ ۲ از ۳"
 */
export function pagination(firstPagePath: string, current: number, total: number, lang: Lang, urls: UrlMaker): Pagination | undefined {
  if (total <= 1) return undefined;
  const href = (page: number) => urls.href(pagedPath(firstPagePath, page));
  return {
    label: translateWith("pageOf", lang, { page: current, pages: total }),
    previous: current > 1 ? href(current - 1) : undefined,
    next: current < total ? href(current + 1) : undefined,
    pages: pageNumbersToShow(current, total).map((page) =>
      page === 0 ? { text: "…", href: "", current: false } : { text: localNumber(page, lang), href: href(page), current: page === current },
    ),
  };
}
