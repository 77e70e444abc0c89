/**
 * Which reports have their translation, for `npm run check`'s summary and warnings.
 */
import type { Report } from "../content/report.ts";
import { LANGS, otherLang, type Lang } from "../i18n/locales.ts";

export interface TranslationStatus {
  /** Reports per language. */
  readonly counts: Readonly<Record<Lang, number>>;
  /** Persian/English pairs. */
  readonly pairs: number;
  /** Reports without a translation, by language then slug. */
  readonly unpaired: readonly Report[];
}

/**
 * Counts and pairs reports by translation key (the slug unless `translationKey` is given).
 * @example translationStatus(reports) // { counts: { fa: 8, en: 7 }, pairs: 7, unpaired: [tajikistan report] }
 */
export function translationStatus(reports: readonly Report[]): TranslationStatus {
  const keys = { fa: new Set<string>(), en: new Set<string>() };
  for (const report of reports) keys[report.lang].add(report.translationKey);
  const unpaired = reports
    .filter((report) => !keys[otherLang(report.lang)].has(report.translationKey))
    .sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  let pairs = 0;
  for (const key of keys.fa) if (keys.en.has(key)) pairs++;
  return { counts: { fa: keys.fa.size, en: keys.en.size }, pairs, unpaired };
}
