/**
 * The ZWNJ spellings of a site's names for `check`: every word with a ZWNJ in its registries
 * (`_data/people.yaml`, `organizations.yaml`, `venues.yaml`, `topics.yaml`), so that a report that
 * lost a name's ZWNJ gets the name as the site writes it.
 */
import type { DataSources } from "../content/parse-registries.ts";
import { knownSpellingsIn, type KnownSpellings } from "../typography/index.ts";

/**
 * The site's spellings of its names, from the registries' text as read (an unreadable or missing
 * registry adds none).
 * @example registrySpellings(readContentSources("content")).get("مامتخان") // "مامت‌خان"
 */
export function registrySpellings(sources: DataSources): KnownSpellings {
  return knownSpellingsIn(Object.values(sources.registries).flatMap((file) => (file === undefined ? [] : [file.text])));
}
