/// <reference lib="dom" />
/**
 * The search page's script, bundled into `/assets/search.js`: it reads the query from the form (or
 * `?q=`), normalises it for the page's language and asks Pagefind's index of that language.
 */
import { toPersianDigits } from "../dates/digits.ts";
import { normaliseQuery } from "./normalise-query.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

async function main(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("form[data-pagefind]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>(".search-status");
  const list = document.querySelector<HTMLOListElement>(".search-results");
  if (!form || !input || !status || !list) return;
  const lang = document.documentElement.lang;
  const bundle = form.dataset.pagefind ?? "/pagefind/";
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset.baseUrl ?? "/" });

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const normalised = normaliseQuery(query, lang);
    if (normalised === "") {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await pagefind.search(normalised);
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    const template = results.length === 0 ? status.dataset.noResults : status.dataset.resultCount;
    status.textContent = (template ?? "").replace("{count}", formatCount(search.results.length, lang));
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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "report-list__item";
  const heading = document.createElement("h2");
  heading.className = "report-list__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "report-list__summary";
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  return item;
}

function formatCount(count: number, lang: string): string {
  return lang === "fa" ? toPersianDigits(String(count)) : String(count);
}

void main();
