/// <reference lib="dom" />
/**
 * The search page's script, bundled into `/assets/search.js`: it reads the query and the filters from
 * the form (or the address: `?q=…&minister=KEY&organization=KEY&topic=KEY&year=1404`), splits the
 * query into words the way the index was built (src/search/search-terms.ts), fetches only the term
 * files of those words, and shows the best reports ten at a time, each with an excerpt around the
 * words found. Everything shown is set as text, never as markup.
 */
import { toPersianDigits } from "../dates/digits.ts";
import { excerptOf, type ExcerptPart } from "./excerpt.ts";
import type { SearchDocumentEntry, SearchFilterFile, SearchManifest, SearchShard } from "./search-index.ts";
import { SEARCH_FILTERS } from "../site/search-filters.ts";
import { matchReports, shardsOfWords } from "./match-reports.ts";
import { queryTerms } from "./search-terms.ts";
import { queryWord, type QueryWord } from "./word-forms.ts";

/** How long typing must pause before a search starts, so that a word typed letter by letter is one search. */
const TYPING_PAUSE_MS = 250;

async function main(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("form[data-search-index]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>(".search-status");
  const list = document.querySelector<HTMLOListElement>(".search-results");
  const more = document.querySelector<HTMLButtonElement>(".search-more");
  if (!form || !input || !status || !list || !more) return;
  const selects = SEARCH_FILTERS.flatMap((name) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`) ?? []);
  const lang = document.documentElement.lang;
  /** Results shown at once, and added by each press of "more results". */
  const resultsPerStep = Number(form.dataset.resultsPerStep) || 10;
  const indexHref = form.dataset.searchIndex ?? "";
  const files = new Map<string, Promise<unknown>>();
  const fetchJson = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (file === undefined) {
      file = fetch(`${indexHref}${path}`).then((response) => {
        if (!response.ok) throw new Error(`${response.status} for ${indexHref}${path}`);
        return response.json();
      });
      files.set(path, file);
    }
    return file as Promise<T>;
  };
  // Asked for at once but awaited only by a search, so that the listeners below are in place before
  // the first letter typed: a letter typed while the manifest was on its way used to be lost.
  const manifestReady = fetchJson<SearchManifest>("index.json").then((manifest) => ({ manifest, shards: new Set(manifest.shards) }));
  const digits = (count: number) => (lang === "fa" ? toPersianDigits(String(count)) : String(count));
  const plural = new Intl.PluralRules(lang);

  let latest = 0;
  /** The reports found by the last search, best first, and how many of them are shown. */
  let found: readonly number[] = [];
  let words: readonly QueryWord[] = [];
  let shown = 0;

  /** The next step of results, appended to the list; the first of them gets the focus when asked. */
  const showMore = async (ticket: number, focusFirst: boolean) => {
    const ids = found.slice(shown, shown + resultsPerStep);
    const entries = await Promise.all(ids.map((id) => fetchJson<SearchDocumentEntry>(`documents/${id}.json`)));
    if (ticket !== latest) return;
    const items = entries.map((entry) => resultItem(entry, words));
    list.append(...items);
    shown += ids.length;
    more.hidden = shown >= found.length;
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };

  const run = async () => {
    const ticket = ++latest;
    const query = input.value;
    const chosen = selects.filter((select) => select.value !== "");
    const url = new URL(location.href);
    url.search = "";
    if (query.trim() !== "") url.searchParams.set("q", query);
    for (const select of chosen) url.searchParams.set(select.name, select.value);
    history.replaceState(null, "", url);

    words = queryTerms(query).map(queryWord);
    if (words.length === 0 && chosen.length === 0) {
      [found, shown] = [[], 0];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    let allowed: Set<number> | undefined;
    if (chosen.length > 0) {
      const filters = await fetchJson<SearchFilterFile>("filters.json");
      for (const select of chosen) {
        const ids = new Set(undeltaed(filters[select.name as keyof SearchFilterFile][select.value] ?? []));
        allowed = allowed === undefined ? ids : new Set([...allowed].filter((id) => ids.has(id)));
      }
    }
    let ids: readonly number[];
    if (words.length === 0) ids = [...(allowed ?? [])].sort((a, b) => a - b);
    else {
      const { manifest, shards } = await manifestReady;
      const loaded = new Map<string, SearchShard>();
      const keys = shardsOfWords(words).filter((key) => shards.has(key));
      await Promise.all(keys.map(async (key) => loaded.set(key, await fetchJson<SearchShard>(`terms/${key}.json`))));
      ids = matchReports(words, manifest.documents, (key) => loaded.get(key)).ids.filter((id) => allowed === undefined || allowed.has(id));
    }
    if (ticket !== latest) return;
    [found, shown] = [ids, 0];
    list.replaceChildren();
    await showMore(ticket, false);
    if (ticket !== latest) return;
    const template = ids.length === 0 ? status.dataset.noResults : plural.select(ids.length) === "one" ? status.dataset.resultCountOne : status.dataset.resultCountOther;
    status.textContent = (template ?? "").replace("{count}", digits(ids.length));
  };

  let pause: ReturnType<typeof setTimeout> | undefined;
  const runNow = () => {
    clearTimeout(pause);
    void run();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    runNow();
  });
  input.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener("change", runNow);
  more.addEventListener("click", () => void showMore(latest, true));

  const params = new URL(location.href).searchParams;
  // A query in the address wins; otherwise what was typed before this script ran is kept.
  input.value = params.get("q") ?? input.value;
  for (const select of selects) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  if (input.value.trim() !== "" || selects.some((select) => select.value !== "")) await run();
}

/** Numbers stored as differences from the one before, as they were. */
function undeltaed(deltas: readonly number[]): number[] {
  let value = 0;
  return deltas.map((delta) => (value += delta));
}

/** A result, marked up like a report in any list (layouts/partials/teaser.njk), with its excerpt. */
function resultItem([href, title, dates, summary, text]: SearchDocumentEntry, words: readonly QueryWord[]): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "report-list__item";
  const heading = document.createElement("h2");
  heading.className = "report-list__title";
  const link = document.createElement("a");
  link.href = href;
  link.textContent = title;
  heading.append(link);
  const when = document.createElement("p");
  when.className = "dates";
  for (const [calendar, datetime, dateText] of dates) {
    // The same white space between the dates as the lists' markup has.
    when.append("\n");
    const time = document.createElement("time");
    time.className = `date date--${calendar}`;
    time.dateTime = datetime;
    time.textContent = dateText;
    when.append(time);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "report-list__summary search-excerpt";
  const parts: readonly ExcerptPart[] = (words.length > 0 ? excerptOf(text, words) : undefined) ?? [{ text: summary, marked: false }];
  for (const part of parts) {
    if (!part.marked) excerpt.append(part.text);
    else {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(heading, when, excerpt);
  return item;
}

void main();
