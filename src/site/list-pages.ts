/**
 * Paginated lists of reports: all reports, an archive month, an entity's reports.
 */
import type { Lang } from "../i18n/locales.ts";
import { reportCountText } from "../i18n/strings.ts";
import { pageMeta, type Section, type SiteContext } from "./page-meta.ts";
import { chunk, pagination } from "./pagination.ts";
import type { PreparedReport } from "./prepared-report.ts";
import type { Link, ListPage } from "./site-model.ts";
import { pagedPath } from "./site-urls.ts";

export interface ListSpec {
  readonly lang: Lang;
  readonly firstPagePath: string;
  readonly heading: string;
  readonly description: string;
  readonly section: Section;
  /** The first page's counterpart in the other language, if there is one. */
  readonly translationPath: string | undefined;
  readonly breadcrumbs: readonly Link[];
  readonly details?: readonly string[];
  readonly website?: string | undefined;
  /** Newest first. */
  readonly reports: readonly PreparedReport[];
}

/**
 * The pages of one list, 20 reports each.
 * @example listPages({ firstPagePath: "/fa/news/", reports: twentyOne, … }, context).map((p) => p.path) // ["/fa/news/", "/fa/news/page/2/"]
 */
export function listPages(spec: ListSpec, context: SiteContext): ListPage[] {
  const pages = chunk(spec.reports);
  const count = reportCountText(spec.reports.length, spec.lang);
  return pages.map((reports, index) => {
    const number = index + 1;
    const path = pagedPath(spec.firstPagePath, number);
    const links = pagination(spec.firstPagePath, number, pages.length, spec.lang, context.urls);
    const title = links === undefined || number === 1 ? spec.heading : `${spec.heading} (${links.label})`;
    return {
      path,
      meta: pageMeta(context, {
        lang: spec.lang,
        path,
        title,
        description: spec.description,
        ogType: "website",
        section: spec.section,
        translationPath: number === 1 ? spec.translationPath : undefined,
      }),
      heading: spec.heading,
      details: spec.details ?? [],
      website: spec.website,
      breadcrumbs: spec.breadcrumbs,
      count,
      reports: reports.map((report) => report.teaser),
      pagination: links,
    };
  });
}
