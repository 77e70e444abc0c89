/**
 * The benchmark's corpus: N Persian/English report pairs of realistic length (600–900 words, with
 * headings, lists and links; Persian with its ZWNJ), every registry entry and topic used, dates
 * spread over ten years. The same N always gives the same files.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import type { Registries } from "../content/schema.ts";
import type { Lang } from "../i18n/locales.ts";
import { pick, seededRandom } from "./random.ts";

const PERSIAN_WORDS = [
  "وزیر", "ارتباطات", "فناوری", "اطلاعات", "همکاری‌های", "بین‌المللی", "زیرساخت‌های", "ارتباطی", "هوش", "مصنوعی",
  "توسعه", "دیجیتال", "می‌تواند", "کشورها", "شبکه‌های", "پرسرعت", "نسل", "پنجم", "اینترنت", "اشیا", "سیاست‌گذاری",
  "تاب‌آوری", "اقتصاد", "هوشمند", "منطقه‌ای", "گفت‌وگو", "نشست", "دیدار", "اتحادیه", "جهانی", "مخابرات", "برنامه‌های",
  "آموزشی", "تخصصی", "پروژه‌های", "مشترک", "تحول", "روستایی", "کم‌برخوردار", "امنیت", "داده", "ترانزیت", "فیبر", "نوری",
  "استانداردها", "چندجانبه‌گرایی", "ظرفیت‌های", "جدید", "دسترسی", "عادلانه", "خدمات", "دولت", "الکترونیک", "ماهواره",
  "پستی", "تبادل", "دانش", "نیروی", "انسانی", "توانمندسازی", "کارگروه", "تفاهم‌نامه", "اجرای", "گسترش", "ایران",
];
const ENGLISH_WORDS = [
  "minister", "communications", "technology", "information", "cooperation", "international", "infrastructure",
  "artificial", "intelligence", "development", "digital", "networks", "broadband", "generation", "internet", "things",
  "policy", "resilience", "economy", "regional", "talks", "meeting", "union", "global", "telecommunication", "programmes",
  "training", "specialist", "projects", "joint", "transformation", "rural", "security", "data", "transit", "fibre",
  "optical", "standards", "multilateralism", "capacity", "access", "services", "government", "satellite", "postal",
  "exchange", "knowledge", "workforce", "memorandum", "agreement", "expansion", "Iran", "delegation", "conference",
];
const HEADINGS: Readonly<Record<Lang, readonly string[]>> = {
  fa: ["محورهای همکاری", "زیرساخت و امنیت ارتباطی", "آموزش و نیروی انسانی", "گام‌های بعدی"],
  en: ["Areas of cooperation", "Infrastructure and security", "Training and people", "Next steps"],
};

/**
 * Writes `pairs` report pairs, the sample registries and the sample photos into `dir` (a content
 * folder). Given `photos` (paths below `media/`), report pair N leads with photo N mod their number.
 * @example generateCorpus("/tmp/bench/content", 1000, "content", registries) // writes 2000 reports
 */
export function generateCorpus(dir: string, pairs: number, registriesFrom: string, registries: Registries, photos: readonly string[] = []): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(registriesFrom, "_data"), join(dir, "_data"), { recursive: true });
  // The site's default share picture (site.yaml) is one of the sample photos.
  if (existsSync(join(registriesFrom, "media"))) cpSync(join(registriesFrom, "media"), join(dir, "media"), { recursive: true });
  const people = Object.keys(registries.people);
  const organizations = Object.keys(registries.organizations);
  const venues = Object.keys(registries.venues);
  const topics = Object.keys(registries.topics);
  const start = DateTime.fromISO("2016-01-01T09:00", { zone: "Asia/Tehran" });
  const minutesApart = Math.max(1, Math.floor((10 * 365 * 24 * 60) / Math.max(1, pairs)));
  for (let index = 0; index < pairs; index++) {
    const next = seededRandom(index + 1);
    const date = start.plus({ minutes: index * minutesApart });
    const slug = `report-${String(index + 1).padStart(5, "0")}`;
    const reportTopics = [...new Set([topics[index % topics.length], pick(next, topics), pick(next, topics)])];
    const fields = [
      `date: "${date.toFormat("yyyy-MM-dd'T'HH:mm")}"`,
      `minister: ${people[index % people.length]}`,
      `counterpart: ${people[(index + 3) % people.length]}`,
      `organization: ${organizations[index % organizations.length]}`,
      `venue: ${venues[index % venues.length]}`,
      `topics: [${reportTopics.join(", ")}]`,
    ];
    const photo = photos.length === 0 ? undefined : photos[index % photos.length];
    for (const lang of ["fa", "en"] as const) {
      const words = lang === "fa" ? PERSIAN_WORDS : ENGLISH_WORDS;
      const title = sentence(next, words, 8).replace(/[.]$/, "");
      const file = join(dir, lang, "news", String(date.year), `${slug}.md`);
      mkdirSync(join(dir, lang, "news", String(date.year)), { recursive: true });
      const image = photo === undefined ? [] : [`image: { src: ${photo}, alt: ${JSON.stringify(title)} }`];
      writeFileSync(file, `---\ntitle: ${JSON.stringify(title)}\n${[...fields, ...image].join("\n")}\n---\n${body(next, lang, words)}`);
    }
  }
}

function sentence(next: () => number, words: readonly string[], length: number): string {
  const chosen = Array.from({ length }, () => pick(next, words));
  const text = chosen.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, words: readonly string[]): string {
  return Array.from({ length: 4 + Math.floor(next() * 3) }, () => sentence(next, words, 10 + Math.floor(next() * 8))).join(" ");
}

/** About 600 to 900 words: a lead, headed sections, a list and a link. */
function body(next: () => number, lang: Lang, words: readonly string[]): string {
  const target = 600 + Math.floor(next() * 300);
  const parts = [paragraph(next, words)];
  let count = parts[0]?.split(" ").length ?? 0;
  let section = 0;
  while (count < target) {
    if (section < HEADINGS[lang].length && next() < 0.35) parts.push(`## ${HEADINGS[lang][section++]}`);
    const roll = next();
    const part =
      roll < 0.1
        ? Array.from({ length: 3 }, () => `- ${sentence(next, words, 6)}`).join("\n")
        : roll < 0.18
          ? `${sentence(next, words, 8)} [${pick(next, words)}](https://www.itu.int/) ${sentence(next, words, 6)}`
          : paragraph(next, words);
    parts.push(part);
    count += part.split(" ").length;
  }
  return `${parts.join("\n\n")}\n`;
}
