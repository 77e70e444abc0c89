/**
 * A report's people, organisation, venue, event and topics, by their names in the page's language.
 */
import type { Report } from "../content/report.ts";
import type { Registries } from "../content/schema.ts";
import type { Lang } from "../i18n/locales.ts";
import type { EntityMention, ReportFact } from "./site-model.ts";

/**
 * The details lines of a report, in reading order; absent fields give no line.
 * @example reportFacts(report, registries, "en")[0] // { label: "minister", items: [{ key: "sattar-hashemi", name: "Seyed Sattar Hashemi", detail: "Minister of …" }] }
 */
export function reportFacts(report: Report, registries: Registries, lang: Lang): ReportFact[] {
  const facts: ReportFact[] = [];
  const person = (key: string): EntityMention => {
    const entry = registries.people[key]?.[lang];
    return { key, name: entry?.name ?? key, detail: entry?.role };
  };
  facts.push({ label: "minister", items: [person(report.minister)] });
  if (report.counterpart !== undefined) facts.push({ label: "counterpart", items: [person(report.counterpart)] });
  if (report.organization !== undefined) {
    const entry = registries.organizations[report.organization]?.[lang];
    const detail = entry !== undefined && entry.short !== entry.name ? entry.short : undefined;
    facts.push({ label: "organization", items: [{ key: report.organization, name: entry?.name ?? report.organization, detail }] });
  }
  if (report.venue !== undefined) {
    const entry = registries.venues[report.venue]?.[lang];
    facts.push({ label: "venue", items: [{ key: report.venue, name: entry?.name ?? report.venue, detail: entry?.country }] });
  }
  if (report.event !== undefined) facts.push({ label: "event", items: [{ key: "event", name: report.event }] });
  if (report.topics.length > 0) {
    const items = report.topics.map((key) => ({ key, name: registries.topics[key]?.[lang].name ?? key }));
    facts.push({ label: "topics", items });
  }
  return facts;
}
