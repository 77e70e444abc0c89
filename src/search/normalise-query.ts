/**
 * Making a search query match how the site writes text. Readers type Persian with Arabic keyboards
 * (ي, ك) and numbers with ASCII digits, while Persian pages say ی, ک and ۱۴۰۴; Pagefind matches
 * letters exactly, so the query is brought to the page's forms before searching. ZWNJ is kept.
 */
import { toAsciiDigits, toPersianDigits } from "../dates/digits.ts";

/** Arabic letters that Persian writes with its own forms. */
const ARABIC_TO_PERSIAN: Readonly<Record<string, string>> = {
  "\u064a": "\u06cc", // ي → ی
  "\u0649": "\u06cc", // ى → ی
  "\u0643": "\u06a9", // ك → ک
};

/**
 * The query as the index of a language spells it.
 * @example normaliseQuery("كشور 1404", "fa") // "کشور ۱۴۰۴"
 * @example normaliseQuery("WTDC ۲۰۲۵", "en") // "WTDC 2025"
 */
export function normaliseQuery(query: string, lang: string): string {
  const letters = query.replace(/[\u064a\u0649\u0643]/g, (char) => ARABIC_TO_PERSIAN[char] ?? char);
  const digits = lang === "fa" ? toPersianDigits(letters) : toAsciiDigits(letters);
  return digits.replace(/\s+/g, " ").trim();
}
