/**
 * The verb forms the ZWNJ rules know, made from the verb list of `verb-stems.ts`: what may follow
 * `می`/`نمی`, the participles that take the perfect endings, and the infinitives.
 */
import { ZWNJ } from "./letters.ts";
import { BARE_VERB_FORMS, PAST_ENDINGS, PRESENT_ENDINGS, VERB_STEMS } from "./verb-stems.ts";

/** Made on first use, from constant lists. */
let verbForms: Set<string> | undefined;
let pastParticiples: Set<string> | undefined;
let affirmativePastParticiples: Set<string> | undefined;

/**
 * True for a stem + ending the verb list allows, the form that follows `می`/`نمی`.
 * @example isKnownVerbForm("تواند") // true
 * @example isKnownVerbForm("زبان") // false
 */
export function isKnownVerbForm(form: string): boolean {
  if (verbForms === undefined) {
    verbForms = new Set(BARE_VERB_FORMS);
    for (const [past, present] of VERB_STEMS) {
      for (const ending of PRESENT_ENDINGS) verbForms.add(present + ending);
      for (const ending of PAST_ENDINGS) verbForms.add(past + ending);
    }
  }
  return verbForms.has(form);
}

/**
 * `دهد`, `ندهی`, `بگوید`: a verb form, bare or after the negative or subjunctive prefix.
 * @example isFiniteVerb("بگوید") // true
 */
export function isFiniteVerb(word: string): boolean {
  return isKnownVerbForm(word) || ((word.startsWith("ن") || word.startsWith("ب")) && isKnownVerbForm(word.slice(1)));
}

/**
 * True for a verb form of the verb list: a finite form (`دهد`), a past participle (`داده`,
 * `نداده`) or an infinitive (`داشتن`, `نداشتن`).
 * @example isVerbForm("داشتن") // true
 * @example isVerbForm("ابزار") // false
 */
export function isVerbForm(word: string): boolean {
  const isInfinitive = (form: string) => VERB_STEMS.some(([past]) => form === `${past}ن`);
  return isKnownVerbForm(word) || isPastParticiple(word) || isInfinitive(word) || (word.startsWith("ن") && isInfinitive(word.slice(1)));
}

/**
 * `بینی`, `گیری`: a present stem + `ی` ("you see"), a form news prose never writes bare, where it is
 * the noun or the compound's second part (`پیش‌بینی`, "forecast").
 * @example isBareSecondPersonPresent("بینی") // true
 * @example isBareSecondPersonPresent("بیند") // false
 */
export function isBareSecondPersonPresent(word: string): boolean {
  return word.endsWith("ی") && VERB_STEMS.some(([, present]) => word === `${present}ی`);
}

/**
 * `کرده`, `نکرده`: the participles that take the perfect endings.
 * @example isPastParticiple("کرده") // true
 */
export function isPastParticiple(word: string): boolean {
  if (pastParticiples === undefined) {
    pastParticiples = new Set(VERB_STEMS.flatMap(([past]) => [`${past}ه`, `ن${past}ه`]));
  }
  return pastParticiples.has(word);
}

/**
 * `کرده`, `نوشته`: a past participle without the negative prefix, the form `می`/`نمی` stand before
 * in the perfect of a past habit (`می‌دانسته`, "used to know").
 * @example isAffirmativePastParticiple("نوشته") // true
 * @example isAffirmativePastParticiple("نکرده") // false
 */
export function isAffirmativePastParticiple(word: string): boolean {
  affirmativePastParticiples ??= new Set(VERB_STEMS.map(([past]) => `${past}ه`));
  return affirmativePastParticiples.has(word);
}

/**
 * The spelling of a participle that takes the perfect endings: a past participle as it is, or one
 * after `می`/`نمی`, whose perfect tells of a past habit (`میدانسته` → `می‌دانسته`, as in
 * `می‌دانسته‌است`, "used to know"); undefined for any other word.
 * @example perfectParticiple("میدانسته") // "می‌دانسته"
 */
export function perfectParticiple(word: string): string | undefined {
  if (isPastParticiple(word)) return word;
  const particle = ["نمی", "می"].find((start) => word.startsWith(start) && isAffirmativePastParticiple(word.slice(start.length)));
  return particle === undefined ? undefined : particle + ZWNJ + word.slice(particle.length);
}
