/**
 * The site's search index: for each language, the reports' terms split into small files by their
 * first two letters, so the search page fetches only the files of the words typed; one small file a
 * report (title, dates, summary and the body's text, for the excerpt), fetched only for the results
 * shown; and the reports of each minister, organisation, topic and year, fetched only for a filter.
 *
 * It is built from the page models in one pass, holding one pair of numbers per report and term,
 * so an archive of 10,000 reports indexes in about a second and a few tens of megabytes.
 */
import { bodyText } from "../content/report.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";
import type { DisplayDate, ReportPage } from "../site/site-model.ts";
import { searchIndexPath } from "../site/site-urls.ts";
import { markdownPlainText } from "./plain-text.ts";
import { SEARCH_FILTERS, searchFilterValues, type SearchFilterName, type SearchFilterValues } from "../site/search-filters.ts";
import { shardOf } from "./search-terms.ts";
import { TermDictionary } from "./term-dictionary.ts";

/** How much a word counts where it appears: the title most, the body least. */
const FIELD_WEIGHTS = { title: 8, facts: 4, summary: 2, dates: 2, body: 1 } as const;

/** `index.json` of a language: what the search page reads first. */
export interface SearchManifest {
  readonly documents: number;
  /** The term files that exist, so a word with no file is known to match nothing without a request. */
  readonly shards: readonly string[];
}

/**
 * A term file: each term's reports as `[report, weight, report, weight, …]`, each report number
 * given as the difference from the one before (they only grow), which keeps the files small.
 */
export type SearchShard = Record<string, readonly number[]>;

/**
 * A result as the search page shows it (`documents/<number>.json`): address, title, both dates,
 * summary, and the body's text, which the excerpt around the query's words is cut from.
 */
export type SearchDocumentEntry = readonly [href: string, title: string, dates: readonly (readonly [calendar: string, datetime: string, text: string])[], summary: string, text: string];

/** `filters.json`: for each filter and value, its reports' numbers, each as the difference from the one before. */
/** A file of the index: its path and its text. */
export type SearchIndexFile = readonly [path: string, text: string];

export type SearchFilterFile = Readonly<Record<SearchFilterName, Readonly<Record<string, readonly number[]>>>>;

/** What the index needs of a report. */
export interface SearchDocument {
  readonly href: string;
  readonly title: string;
  readonly dates: readonly DisplayDate[];
  readonly summary: string;
  /** People, organisations, venue, event and topics, as the page names them. */
  readonly facts: readonly string[];
  /** The body in Markdown; its syntax and link addresses are not words of the report. */
  readonly bodyMarkdown: string;
  /** Its minister, organisations, topics and year, by key, for the filters. */
  readonly filters: SearchFilterValues;
}

/**
 * What a report page gives the index; `baseHref` is the site's root under the path prefix.
 * @example searchDocumentOf(page, "/").href // "/fa/news/itu-secretary-general-baku/"
 */
export function searchDocumentOf(page: ReportPage, baseHref: string): SearchDocument {
  return {
    href: `${baseHref}${page.path.slice(1)}`,
    title: page.title,
    dates: page.dates,
    summary: page.meta.description,
    facts: page.facts.flatMap((fact) => fact.items.flatMap((item) => (item.detail === undefined ? [item.name] : [item.name, item.detail]))),
    bodyMarkdown: bodyText(page.bodyMarkdown, page.path),
    filters: searchFilterValues(page),
  };
}


/** One language's index, filled report by report, newest first (a report's number is its rank on ties). */
export class SearchIndexBuilder {
  private readonly terms = new TermDictionary();
  /** By term number: `[report, weight, report, weight, …]`. */
  private readonly postings: number[][] = [];
  /** How many reports were added: the next one's number. */
  private documentCount = 0;
  /** By filter, then value: the reports' numbers, in order. */
  private readonly filters: Record<SearchFilterName, Map<string, number[]>> = { minister: new Map(), organization: new Map(), topic: new Map(), year: new Map() };

  /**
   * Adds a report, and gives back its own file (title, dates, summary, text for the excerpt), to be
   * written at once: the builder keeps only the words, so at 10,000 report pairs it never holds
   * every report's text.
   * @example builder.add(searchDocumentOf(page, "/")) // ["documents/0.json", '["/fa/news/…",…]']
   */
  add(document: SearchDocument): SearchIndexFile {
    const id = this.documentCount++;
    // The body's text serves the excerpt and is indexed too: link addresses and Markdown's syntax are not words of the report.
    const text = markdownPlainText(document.bodyMarkdown);
    const entry: SearchDocumentEntry = [document.href, document.title, document.dates.map((date) => [date.calendar, date.datetime, date.text] as const), document.summary, text];
    for (const filter of SEARCH_FILTERS) {
      for (const value of new Set(document.filters[filter])) {
        const ids = this.filters[filter].get(value);
        if (ids === undefined) this.filters[filter].set(value, [id]);
        else ids.push(id);
      }
    }
    // Reports are added in order, so a term already seen in this report is the last pair of its
    // list: its weight grows in place, with one lookup per word and no table per report.
    const postings = this.postings;
    let weight = 0;
    const countTerm = (term: number) => {
      const list = postings[term];
      if (list === undefined) postings[term] = [id, weight];
      else if (list[list.length - 2] === id) list[list.length - 1] = (list[list.length - 1] ?? 0) + weight;
      else list.push(id, weight);
    };
    const count = (text: string, fieldWeight: number) => {
      weight = fieldWeight;
      this.terms.forEachTermId(text, countTerm);
    };
    count(document.title, FIELD_WEIGHTS.title);
    for (const fact of document.facts) count(fact, FIELD_WEIGHTS.facts);
    count(document.summary, FIELD_WEIGHTS.summary);
    for (const date of document.dates) count(date.text, FIELD_WEIGHTS.dates);
    count(text, FIELD_WEIGHTS.body);
    return [`documents/${id}.json`, JSON.stringify(entry)];
  }

  /**
   * The index's files, by path below the language's index folder.
   * One file at a time, so writing them never holds the whole index twice. The reports' own files
   * came from {@link add}.
   * @example new Map(builder.files()).get("index.json") // '{"documents":2,"shards":["69-74",…]}'
   */
  *files(): Generator<readonly [path: string, text: string]> {
    const idsOfShard = new Map<string, number[]>();
    const ids = Array.from(this.postings.keys());
    const termOf = (id: number) => this.terms.term(id);
    ids.sort((a, b) => (termOf(a) < termOf(b) ? -1 : termOf(a) > termOf(b) ? 1 : 0));
    for (const id of ids) {
      const key = shardOf(termOf(id));
      const inShard = idsOfShard.get(key);
      if (inShard === undefined) idsOfShard.set(key, [id]);
      else inShard.push(id);
    }
    const manifest: SearchManifest = { documents: this.documentCount, shards: [...idsOfShard.keys()].sort() };
    yield ["index.json", JSON.stringify(manifest)];
    for (const [key, inShard] of idsOfShard) {
      yield [`terms/${key}.json`, JSON.stringify(Object.fromEntries(inShard.map((id) => [termOf(id), deltaEncoded(this.postings[id] ?? [])])))];
    }
    const filters: Record<SearchFilterName, Record<string, number[]>> = { minister: {}, organization: {}, topic: {}, year: {} };
    for (const filter of SEARCH_FILTERS) for (const [value, ids] of this.filters[filter]) filters[filter][value] = deltaEncoded(ids, 1);
    yield ["filters.json", JSON.stringify(filters)];
  }
}

/** Numbers that only grow, every `step`-th of them (the others are weights) as the difference from the one before. */
function deltaEncoded(numbers: readonly number[], step = 2): number[] {
  const encoded = [...numbers];
  for (let index = encoded.length - step; index >= step; index -= step) encoded[index] = (numbers[index] ?? 0) - (numbers[index - step] ?? 0);
  return encoded;
}

/** The whole site's index, or some languages' (the build makes each on one of its threads): one {@link SearchIndexBuilder} per language. */
export class SiteSearchIndex {
  private readonly builders: Map<Lang, SearchIndexBuilder>;

  /**
   * `baseHref` is the site's root under the path prefix.
   * Each language asked for gets an index, even an empty one: each has a search page that reads it.
   */
  constructor(
    private readonly baseHref: string,
    langs: readonly Lang[] = LANGS,
  ) {
    this.builders = new Map(langs.map((lang) => [lang, new SearchIndexBuilder()]));
  }

  /**
   * Adds a report page to its language's index, if that language is indexed here, and gives back
   * the report's own file, by path below the site's root, to be written at once; pages come newest first.
   * @example index.add(model.reports[0]) // ["search-index/fa/documents/0.json", …]
   */
  add(page: ReportPage): SearchIndexFile | undefined {
    const file = this.builders.get(page.meta.lang)?.add(searchDocumentOf(page, this.baseHref));
    return file === undefined ? undefined : [`${searchIndexPath(page.meta.lang).slice(1)}${file[0]}`, file[1]];
  }

  /**
   * The files of the index besides the reports' own, by path below the site's root.
   * One file at a time, so writing them never holds the whole index twice.
   * @example new Map(index.files()).has("search-index/fa/index.json") // true
   */
  *files(): Generator<readonly [path: string, text: string]> {
    for (const [lang, builder] of this.builders) {
      for (const [path, text] of builder.files()) yield [`${searchIndexPath(lang).slice(1)}${path}`, text];
    }
  }
}

/**
 * A report's own file as a list of none or one, for `flatMap` (a file is itself a pair, which
 * `flatMap` would take apart).
 * @example reports.flatMap((page) => fileOf(index.add(page)))
 */
export function fileOf(file: SearchIndexFile | undefined): SearchIndexFile[] {
  return file === undefined ? [] : [file];
}

/**
 * Every file of the search index of the given report pages (both languages), by path below the
 * site's root; `baseHref` is the site's root under the path prefix.
 * @example searchIndexFiles(model.reports, "/").get("search-index/en/index.json") // '{"documents":8,…}'
 */
export function searchIndexFiles(reports: readonly ReportPage[], baseHref: string): Map<string, string> {
  const index = new SiteSearchIndex(baseHref);
  const documents = reports.flatMap((page) => fileOf(index.add(page)));
  return new Map([...index.files(), ...documents]);
}
