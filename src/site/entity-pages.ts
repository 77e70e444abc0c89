/**
 * Pages of people, organisations, venues and topics: an index of each kind and one paginated page
 * per entity that has at least one report in the language (contract §3).
 */
import type { Report } from "../content/report.ts";
import type { Registries } from "../content/schema.ts";
import { LANGS, otherLang, type Lang } from "../i18n/locales.ts";
import { reportCountText, translate, translateWith, type MessageKey } from "../i18n/strings.ts";
import { groupBy } from "./collections.ts";
import { listPages } from "./list-pages.ts";
import { pageMeta, type SiteContext } from "./page-meta.ts";
import type { PreparedReport } from "./prepared-report.ts";
import type { IndexPage, ListPage } from "./site-model.ts";
import { entityPath, type EntityKind } from "./site-urls.ts";

/** An entity's name and the lines shown under it, in one language. */
export interface EntityProfile {
  readonly name: string;
  readonly details: readonly string[];
  readonly website?: string | undefined;
}

interface KindSpec {
  readonly kind: EntityKind;
  readonly indexTitle: MessageKey;
  /** The registry keys a report names for this kind. */
  readonly keysOf: (report: Report) => readonly string[];
  readonly profile: (registries: Registries, key: string, lang: Lang) => EntityProfile | undefined;
}

export const ENTITY_KINDS: readonly KindSpec[] = [
  {
    kind: "people",
    indexTitle: "people",
    keysOf: (report) => (report.counterpart === undefined ? [report.minister] : [report.minister, report.counterpart]),
    profile: (registries, key, lang) => {
      const entry = registries.people[key]?.[lang];
      return entry && { name: entry.name, details: [entry.role] };
    },
  },
  {
    kind: "organizations",
    indexTitle: "organizations",
    keysOf: (report) => (report.organization === undefined ? [] : [report.organization]),
    profile: (registries, key, lang) => {
      const entry = registries.organizations[key];
      const local = entry?.[lang];
      return local && { name: local.name, details: local.short === local.name ? [] : [local.short], website: entry?.url };
    },
  },
  {
    kind: "venues",
    indexTitle: "venues",
    keysOf: (report) => (report.venue === undefined ? [] : [report.venue]),
    profile: (registries, key, lang) => {
      const entry = registries.venues[key]?.[lang];
      return entry && { name: entry.name, details: [entry.country] };
    },
  },
  {
    kind: "topics",
    indexTitle: "topicsIndex",
    keysOf: (report) => report.topics,
    profile: (registries, key, lang) => {
      const entry = registries.topics[key]?.[lang];
      return entry && { name: entry.name, details: [] };
    },
  },
];

export interface EntityPages {
  readonly indexes: IndexPage[];
  readonly lists: ListPage[];
}

/**
 * Every entity page and kind index of both languages.
 * @example entityPages({ fa: faReports, en: enReports }, context).lists.map((p) => p.path) // ["/fa/people/sattar-hashemi/", …]
 */
export function entityPages(reportsByLang: Readonly<Record<Lang, readonly PreparedReport[]>>, context: SiteContext): EntityPages {
  const indexes: IndexPage[] = [];
  const lists: ListPage[] = [];
  for (const spec of ENTITY_KINDS) {
    const groups = { fa: groupBy(reportsByLang.fa, (item) => spec.keysOf(item.report)), en: groupBy(reportsByLang.en, (item) => spec.keysOf(item.report)) };
    for (const lang of LANGS) {
      const other = otherLang(lang);
      const collator = new Intl.Collator(lang);
      const entities = [...groups[lang]]
        .map(([key, reports]) => ({ key, reports, profile: spec.profile(context.content.registries, key, lang) ?? { name: key, details: [] } }))
        .sort((a, b) => collator.compare(a.profile.name, b.profile.name) || (a.key < b.key ? -1 : 1));
      if (entities.length === 0) continue;
      const indexPath = entityPath(lang, spec.kind);
      const indexTitle = translate(spec.indexTitle, lang);
      const hasOtherIndex = groups[other].size > 0;
      indexes.push({
        path: indexPath,
        meta: pageMeta(context, {
          lang,
          path: indexPath,
          title: indexTitle,
          description: indexTitle,
          ogType: "website",
          section: "entities",
          translationPath: hasOtherIndex ? entityPath(other, spec.kind) : undefined,
        }),
        heading: indexTitle,
        breadcrumbs: [],
        groups: [
          {
            entries: entities.map(({ key, reports, profile }) => ({
              text: profile.name,
              href: context.urls.href(entityPath(lang, spec.kind, key)),
              count: reportCountText(reports.length, lang),
              detail: profile.details[0],
            })),
          },
        ],
      });
      const indexLink = { href: context.urls.href(indexPath), text: indexTitle, lang };
      for (const { key, reports, profile } of entities) {
        lists.push(
          ...listPages(
            {
              lang,
              firstPagePath: entityPath(lang, spec.kind, key),
              heading: profile.name,
              description: translateWith("reportsOf", lang, { name: profile.name }),
              section: "entities",
              translationPath: groups[other].has(key) ? entityPath(other, spec.kind, key) : undefined,
              breadcrumbs: [indexLink],
              details: profile.details,
              website: profile.website,
              reports,
            },
            context,
          ),
        );
      }
    }
  }
  return { indexes, lists };
}
