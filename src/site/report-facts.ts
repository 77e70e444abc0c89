/**
 * A report's people, organisation, venue, event and topics, by their names in the page's language,
 * each linking to its page.
 */
import type { Report } from "../content/report.ts";
import type { Registries } from "../content/schema.ts";
import type { Lang } from "../i18n/locales.ts";
import type { EntityMention, ReportFact } from "./site-model.ts";
import type { EntityKind } from "./site-urls.ts";

/** The link to an entity's page. */
export type EntityHref = (kind: EntityKind, key: string) => string;

/**
 * The details lines of a report, in reading order; absent fields give no line.
 * @example reportFacts(report, registries, "en", href)[0] // { label: "minister", items: [{ key: "sattar-hashemi", name: "Seyed Sattar Hashemi", detail: "Minister of …", href: "/en/people/sattar-hashemi/" }] }
 */
export function reportFacts(report: Report, registries: Registries, lang: Lang, hrefOf: EntityHref): ReportFact[] {
  const facts: ReportFact[] = [];
  const person = (key: string): EntityMention => {
    const entry = registries.people[key]?.[lang];
    return { key, name: entry?.name ?? key, detail: entry?.role, href: hrefOf("people", key) };
  };
  facts.push({ label: "minister", items: [person(report.minister)] });
  if (report.counterpart !== undefined) facts.push({ label: "counterpart", items: [person(report.counterpart)] });
  if (report.organization !== undefined) {
    const key = report.organization;
    const entry = registries.organizations[key]?.[lang];
    const detail = entry !== undefined && entry.short !== entry.name ? entry.short : undefined;
    facts.push({ label: "organization", items: [{ key, name: entry?.name ?? key, detail, href: hrefOf("organizations", key) }] });
  }
  if (report.venue !== undefined) {
    const key = report.venue;
    const entry = registries.venues[key]?.[lang];
    facts.push({ label: "venue", items: [{ key, name: entry?.name ?? key, detail: entry?.country, href: hrefOf("venues", key) }] });
  }
  if (report.event !== undefined) facts.push({ label: "event", items: [{ key: "event", name: report.event }] });
  if (report.topics.length > 0) {
    const items = report.topics.map((key) => ({ key, name: registries.topics[key]?.[lang].name ?? key, href: hrefOf("topics", key) }));
    facts.push({ label: "topics", items });
  }
  return facts;
}
