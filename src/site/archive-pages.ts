/**
 * The archive by month: Jalali months on Persian pages, Gregorian months on English ones. A report
 * falls in the month of its Tehran date (contract §3).
 */
import { GREGORIAN_MONTHS, JALALI_MONTHS, monthName } from "../dates/calendar-names.ts";
import { gregorianDay, jalaliDay, type CalendarDay } from "../dates/format-date.ts";
import { LOCALES, otherLang, type Lang } from "../i18n/locales.ts";
import { localNumber, reportCountText, translate } from "../i18n/strings.ts";
import { groupBy } from "./collections.ts";
import { listPages } from "./list-pages.ts";
import { pageMeta, type SiteContext } from "./page-meta.ts";
import type { PreparedReport } from "./prepared-report.ts";
import type { IndexPage, Link, ListPage } from "./site-model.ts";
import { archivePath } from "./site-urls.ts";

export interface ArchivePages {
  readonly indexes: IndexPage[];
  readonly lists: ListPage[];
}

/**
 * The archive index, one page a year and paginated month pages of a language.
 * @example archivePages("fa", faReports, context).lists[0].path // "/fa/archive/1404/08/"
 */
export function archivePages(lang: Lang, reports: readonly PreparedReport[], context: SiteContext): ArchivePages {
  const dayOf = (item: PreparedReport): CalendarDay =>
    LOCALES[lang].primaryCalendar === "jalali" ? jalaliDay(item.report.date) : gregorianDay(item.report.date);
  const months = LOCALES[lang].primaryCalendar === "jalali" ? JALALI_MONTHS : GREGORIAN_MONTHS;
  const monthTitle = (year: number, month: number) => `${monthName(months, lang, month)} ${localNumber(year, lang)}`;
  const { urls } = context;

  // Reports are newest first, so years and months come out newest first too.
  const byYear = groupBy(reports, (item) => [dayOf(item).year]);
  const archiveLink: Link = { href: urls.href(archivePath(lang)), text: translate("archive", lang), lang };
  const indexes: IndexPage[] = [];
  const lists: ListPage[] = [];
  const yearGroups: IndexPage["groups"][number][] = [];

  for (const [year, yearReports] of byYear) {
    const byMonth = groupBy(yearReports, (item) => [dayOf(item).month]);
    const yearLink: Link = { href: urls.href(archivePath(lang, year)), text: localNumber(year, lang), lang };
    const entries = [...byMonth].map(([month, monthReports]) => ({
      text: monthTitle(year, month),
      href: urls.href(archivePath(lang, year, month)),
      count: reportCountText(monthReports.length, lang),
    }));
    yearGroups.push({ heading: yearLink, count: reportCountText(yearReports.length, lang), entries });
    indexes.push(
      indexPage(context, lang, archivePath(lang, year), `${translate("archive", lang)}: ${localNumber(year, lang)}`, [archiveLink], [
        { entries },
      ]),
    );
    for (const [month, monthReports] of byMonth) {
      lists.push(
        ...listPages(
          {
            lang,
            firstPagePath: archivePath(lang, year, month),
            heading: monthTitle(year, month),
            description: `${translate("archive", lang)}: ${monthTitle(year, month)}`,
            section: "archive",
            translationPath: undefined,
            breadcrumbs: [archiveLink, yearLink],
            reports: monthReports,
          },
          context,
        ),
      );
    }
  }
  const index = indexPage(context, lang, archivePath(lang), translate("archiveByMonth", lang), [], yearGroups, archivePath(otherLang(lang)));
  return { indexes: [index, ...indexes], lists };
}

function indexPage(
  context: SiteContext,
  lang: Lang,
  path: string,
  heading: string,
  breadcrumbs: readonly Link[],
  groups: IndexPage["groups"],
  translationPath?: string,
): IndexPage {
  return {
    path,
    meta: pageMeta(context, { lang, path, title: heading, description: heading, ogType: "website", section: "archive", translationPath }),
    heading,
    breadcrumbs,
    groups,
  };
}
