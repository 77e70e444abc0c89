/// <reference lib="dom" />
/**
 * The search page's script, bundled into `/assets/search.js`: it reads the query from the form (or
 * `?q=`), splits it into terms the way the index was built (src/search/search-terms.ts), fetches
 * only the term files and result files it needs, and lists the best 20 reports like any list.
 * Everything shown is set as text, never as markup.
 */
import { toPersianDigits } from "../dates/digits.ts";
import type { SearchDocumentEntry, SearchManifest, SearchShard } from "./search-index.ts";
import { matchReports } from "./match-reports.ts";
import { queryTerms, shardOf } from "./search-terms.ts";

const MAX_RESULTS = 20;

async function main(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("form[data-search-index]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>(".search-status");
  const list = document.querySelector<HTMLOListElement>(".search-results");
  if (!form || !input || !status || !list) return;
  const lang = document.documentElement.lang;
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
  const manifest = await fetchJson<SearchManifest>("index.json");
  const shards = new Set(manifest.shards);

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const terms = queryTerms(query);
    if (terms.length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const loaded = new Map<string, SearchShard>();
    for (const key of new Set(terms.map(shardOf))) {
      if (shards.has(key)) loaded.set(key, await fetchJson<SearchShard>(`terms/${key}.json`));
    }
    const { ids } = matchReports(terms, manifest.documents, (key) => loaded.get(key));
    const shown = ids.slice(0, MAX_RESULTS);
    const entries = await Promise.all(
      shown.map(async (id) => {
        const file = await fetchJson<SearchDocumentEntry[]>(`documents/${Math.floor(id / manifest.documentsPerFile)}.json`);
        return file[id % manifest.documentsPerFile];
      }),
    );
    if (ticket !== latest) return;
    list.replaceChildren(...entries.flatMap((entry) => (entry === undefined ? [] : [resultItem(entry)])));
    const form = new Intl.PluralRules(lang).select(ids.length) === "one" ? "one" : "other";
    const template = ids.length === 0 ? status.dataset.noResults : form === "one" ? status.dataset.resultCountOne : status.dataset.resultCountOther;
    status.textContent = (template ?? "").replace("{count}", lang === "fa" ? toPersianDigits(String(ids.length)) : String(ids.length));
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    await run(initial);
  }
}

/** A result, marked up like a report in any list (layouts/partials/teaser.njk). */
function resultItem([href, title, dates, summary]: SearchDocumentEntry): HTMLLIElement {
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
  for (const [calendar, datetime, text] of dates) {
    // The same white space between the dates as the lists' markup has.
    when.append("\n");
    const time = document.createElement("time");
    time.className = `date date--${calendar}`;
    time.dateTime = datetime;
    time.textContent = text;
    when.append(time);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "report-list__summary";
  excerpt.textContent = summary;
  item.append(heading, when, excerpt);
  return item;
}

void main();
