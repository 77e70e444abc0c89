/**
 * The site's search index: for each language, the reports' terms split into small files by their
 * first two letters, so the search page fetches only the files of the words typed, and the reports'
 * titles, dates and summaries in files of 100, fetched for the results shown.
 *
 * It is built from the page models in one pass, holding one pair of numbers per report and term,
 * so an archive of 10,000 reports indexes in about a second and a few tens of megabytes.
 */
import { bodyText } from "../content/report.ts";
import { LANGS, type Lang } from "../i18n/locales.ts";
import type { DisplayDate, ReportPage } from "../site/site-model.ts";
import { searchIndexPath } from "../site/site-urls.ts";
import { shardOf } from "./search-terms.ts";
import { TermDictionary } from "./term-dictionary.ts";

/** Reports per documents file: a page of 20 results needs one or two of them. */
export const DOCUMENTS_PER_FILE = 100;

/** How much a word counts where it appears: the title most, the body least. */
const FIELD_WEIGHTS = { title: 8, facts: 4, summary: 2, dates: 2, body: 1 } as const;

/** `index.json` of a language: what the search page reads first. */
export interface SearchManifest {
  readonly documents: number;
  readonly documentsPerFile: number;
  /** The term files that exist, so a word with no file is known to match nothing without a request. */
  readonly shards: readonly string[];
}

/**
 * A term file: each term's reports as `[report, weight, report, weight, …]`, each report number
 * given as the difference from the one before (they only grow), which keeps the files small.
 */
export type SearchShard = Record<string, readonly number[]>;

/** A result as the search page shows it: address, title, both dates, summary. */
export type SearchDocumentEntry = readonly [href: string, title: string, dates: readonly (readonly [calendar: string, datetime: string, text: string])[], summary: string];

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
  };
}

/** Link and image addresses, autolinks and bare URLs in Markdown: not words a reader searches for. */
const MARKDOWN_ADDRESSES = /\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\bhttps?:\/\/\S+/gi;

/** One language's index, filled report by report, newest first (a report's number is its rank on ties). */
export class SearchIndexBuilder {
  private readonly terms = new TermDictionary();
  /** By term number: `[report, weight, report, weight, …]`. */
  private readonly postings: number[][] = [];
  private readonly documents: SearchDocumentEntry[] = [];

  /**
   * Adds a report.
   * @example builder.add(searchDocumentOf(page, "/"))
   */
  add(document: SearchDocument): void {
    const id = this.documents.length;
    this.documents.push([
      document.href,
      document.title,
      document.dates.map((date) => [date.calendar, date.datetime, date.text] as const),
      document.summary,
    ]);
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
    count(document.bodyMarkdown.replace(MARKDOWN_ADDRESSES, " "), FIELD_WEIGHTS.body);
  }

  /**
   * The index's files, by path below the language's index folder.
   * One file at a time, so writing them never holds the whole index twice.
   * @example new Map(builder.files()).get("index.json") // '{"documents":2,"documentsPerFile":100,"shards":["69-74",…]}'
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
    const manifest: SearchManifest = { documents: this.documents.length, documentsPerFile: DOCUMENTS_PER_FILE, shards: [...idsOfShard.keys()].sort() };
    yield ["index.json", JSON.stringify(manifest)];
    for (const [key, inShard] of idsOfShard) {
      yield [`terms/${key}.json`, JSON.stringify(Object.fromEntries(inShard.map((id) => [termOf(id), deltaEncoded(this.postings[id] ?? [])])))];
    }
    for (let start = 0; start < this.documents.length; start += DOCUMENTS_PER_FILE) {
      yield [`documents/${start / DOCUMENTS_PER_FILE}.json`, JSON.stringify(this.documents.slice(start, start + DOCUMENTS_PER_FILE))];
    }
  }
}

function deltaEncoded(pairs: readonly number[]): number[] {
  const encoded = [...pairs];
  for (let index = encoded.length - 2; index >= 2; index -= 2) encoded[index] = (pairs[index] ?? 0) - (pairs[index - 2] ?? 0);
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
   * Adds a report page to its language's index, if that language is indexed here; pages come newest first.
   * @example index.add(model.reports[0])
   */
  add(page: ReportPage): void {
    this.builders.get(page.meta.lang)?.add(searchDocumentOf(page, this.baseHref));
  }

  /**
   * Every file of the index, by path below the site's root.
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
 * Every file of the search index of the given report pages (both languages), by path below the
 * site's root; `baseHref` is the site's root under the path prefix.
 * @example searchIndexFiles(model.reports, "/").get("search-index/en/index.json") // '{"documents":8,…}'
 */
export function searchIndexFiles(reports: readonly ReportPage[], baseHref: string): Map<string, string> {
  const index = new SiteSearchIndex(baseHref);
  for (const page of reports) index.add(page);
  return new Map(index.files());
}
