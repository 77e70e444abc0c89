/**
 * Puts back the ZWNJ (U+200C) that a Persian word lost, but only where the word can be read in
 * one way alone. Precision comes first: a wrongly split word is worse than a missed ZWNJ, so a
 * word with two readings (`حرفهای`: `حرف‌های` "words of" or `حرفه‌ای` "professional") stays as it is.
 *
 * A word is restored when exactly one of these readings holds:
 * - a curated compound (`بینالمللی` → `بین‌المللی`), see `zwnj-words.ts`;
 * - `می`/`نمی` before a known verb stem and a personal ending (`میتواند` → `می‌تواند`), when the
 *   word list does not know the whole word (it knows `میدانی` "field-", `میزبانی` "hosting");
 * - a silent ه before a compound part or a listed word (`سرمایهگذاری` → `سرمایه‌گذاری`,
 *   `ذخیرهشده` → `ذخیره‌شده`), or two words meeting at a medial آ (`موفقیتآمیز` → `موفقیت‌آمیز`);
 * - a word before a part that is no word alone or a light verb (`سرطانزا` → `سرطان‌زا`,
 *   `حذفشده` → `حذف‌شده`), or before the Arabic article (`حقالزحمه` → `حق‌الزحمه`);
 * - a word ending in a joining letter, then `ها`/`های`/… (`همکاریهای` → `همکاری‌های`);
 * - a word the list lacks, then `ها` or `هایی`, when nothing else reads it (`کامیتها` → `کامیت‌ها`);
 * - `اند`/`ام`/`ای`/… and the ezafe `ی` after a silent ه (`داشتهاند` → `داشته‌اند`, `نسخهی` →
 *   `نسخه‌ی`), `اند` after a consonant (`مخالفاند` → `مخالف‌اند`), or `تر`/`ترین`/`تری`/`ترند`
 *   after an adjective (`پررنگتری` → `پررنگ‌تری`);
 * - a prefix (`بی`, `هم`, `کم`…) before a word, where the word list lacks the whole (`بیتردید` →
 *   `بی‌تردید`), but not the subjunctive `بیافتد` nor `بیتکوین`, which also reads as two words.
 *
 * A spelling in use both joined and with a ZWNJ (`آنها`, `تفاهمنامه`, `بزرگتر`) is the writer's choice, kept
 * unless the caller says the text lost its ZWNJs (see {@link JoinedSpellings}).
 */
import { HAMZA_ABOVE, HEH_WITH_YEH, ZWNJ, endsJoining, fixArabicLetters } from "./letters.ts";
import { isPersianWord } from "./persian-lexicon.ts";
import { separatePronounPlural } from "./pronoun-plurals.ts";
import { pluralOfUnknownWord } from "./unknown-word-plurals.ts";
import { lexiconZwnjSpelling } from "./zwnj-lexicon.ts";
import { isAffirmativePastParticiple, isFiniteVerb, isKnownVerbForm, perfectParticiple } from "./verb-forms.ts";
import {
  BOUND_SECOND_PARTS,
  CONSONANT_HEH_WORDS,
  LEXICON_PREFIXES,
  LIGHT_VERB_PARTS,
  CURATED_COMPOUNDS,
  CURATED_SPELLINGS,
  HEH_COMPOUND_ENDINGS,
  NEVER_BASES,
  NEVER_CHANGE,
  PLURAL_ENDINGS,
} from "./zwnj-words.ts";

/** The plural with "is" (`کتاب‌هاست`), whose letters also end a participle with `است` (`رفته‌است`). */
const PLURAL_COPULA = "هاست";
/**
 * Suffixes that take a ZWNJ after a silent ه only (`خانه‌ای`, `داشته‌اند`); after other letters they
 * fuse. `ی` is the ezafe or indefinite `ی` that many write after a silent ه (`نسخه‌ی`) where the
 * Academy writes `نسخهٔ`: fused to the ه, it would make a pronounced h.
 */
const HEH_SUFFIXES = ["اند", "ایم", "اید", "ام", "اش", "ای", "ی"];
/** Of those, the ones that make a perfect tense after a past participle (`کرده‌اند`). */
const PERFECT_ENDINGS = new Set(["اند", "ایم", "اید", "ام"]);
/** `ترند` is the comparative with "they are" (`خسته‌ترند`), which follows a comparative as `اند` does. */
const COMPARATIVE_SUFFIXES = ["ترین", "ترند", "تری", "تر"];
/** Verb particles that make a form of a verb whose stem ends in `اند` (`بچسباند`, `نرساند`). */
const VERB_PARTICLES = ["ب", "ن", "بر", "باز", "در", "فرا"];
/** Verb particles before `می` that are written joined to it: `برمی‌گردد`, `بازمی‌گردد`. */
const PREVERBS = ["", "بر", "در", "باز", "فرا"];

/**
 * What to do with a word written joined whose joined spelling is standard too: a curated compound
 * the word list has whole (`تفاهمنامه`, `گواهینامه`, `پنجشنبه`), a demonstrative's plural (`آنها`)
 * or a comparative after a consonant (`بزرگتر`).
 * - `"keep"`: leave it as written, the writer's choice (text that has its ZWNJs).
 * - `"restore"`: write the ZWNJ form (`تفاهم‌نامه`, `آن‌ها`), for text that lost its ZWNJs, where
 *   the writer's choice is gone.
 * @example restoreZwnj("تفاهمنامه", "restore") // "تفاهم‌نامه"
 */
export type JoinedSpellings = "keep" | "restore";

/** A curated compound's spelling, or the word as written when that is standard too and is kept. */
function curatedSpelling(word: string, joined: JoinedSpellings): string | undefined {
  const spelling = CURATED_SPELLINGS.get(word);
  if (spelling === undefined || joined === "restore") return spelling;
  return CURATED_COMPOUNDS.has(word) && isPersianWord(word) ? word : spelling;
}

/**
 * The dictionary's ZWNJ spelling of a word the word list lacks joined (`تخممرغ` → `تخم‌مرغ`). One
 * it has joined too is standard both ways (`اینجا`, `نگهداری`, `کتابخانه`), and most write it joined.
 */
function lexiconSpelling(word: string): string | undefined {
  return isPersianWord(word) ? undefined : lexiconZwnjSpelling(word);
}

/**
 * True when the word ends in a ه that is a vowel (`حوزه`, `داشته`), not the consonant of `راه`,
 * `گروه` or `توجه`; only that ه needs a ZWNJ before `ای`, `اند` and compound parts.
 * @example endsInSilentHeh("داشته") // true
 * @example endsInSilentHeh("گروه") // false
 */
export function endsInSilentHeh(word: string): boolean {
  return word.length >= 3 && word.endsWith("ه") && !endsInConsonantHeh(word);
}

/** True when the word ends in a pronounced ه (`راه`, `گروه`, `توجه`). */
function endsInConsonantHeh(word: string): boolean {
  return word.endsWith("اه") || word.endsWith("وه") || CONSONANT_HEH_WORDS.has(word);
}

/** `سرمایهگذاری` → `سرمایه‌گذاری`: a known word in silent ه, then a compound part. */
function hehCompound(word: string, joined: JoinedSpellings): string | undefined {
  if (isPersianWord(word)) return undefined;
  for (const ending of HEH_COMPOUND_ENDINGS) {
    const first = word.slice(0, -ending.length);
    if (!word.endsWith(ending) || !endsInSilentHeh(first)) continue;
    const spelled = firstPartSpelling(first, joined);
    if (spelled !== undefined) return spelled + ZWNJ + ending;
  }
  return undefined;
}

/** A compound's first part as written before its ZWNJ: a curated compound's spelling, or a listed word. */
function firstPartSpelling(first: string, joined: JoinedSpellings): string | undefined {
  return curatedSpelling(first, joined) ?? (isPersianWord(first) ? first : undefined);
}

/**
 * The one reading of a word the list lacks as a first part, a ZWNJ, and a listed word that begins
 * with `start` (past the word's second letter) and has `shortest` letters or more; undefined when
 * there is none, or more than one.
 */
function compoundBefore(word: string, start: string, shortest: number, joined: JoinedSpellings): string | undefined {
  if (isPersianWord(word)) return undefined;
  const readings = new Set<string>();
  for (let at = word.indexOf(start, 2); at !== -1; at = word.indexOf(start, at + 1)) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    // A first part that is `start` itself is no word before it: `الالباب` is no `ال` + `الباب`.
    if (first === start || !endsJoining(first) || second.length < shortest || !isPersianWord(second)) continue;
    const spelled = firstPartSpelling(first, joined);
    if (spelled !== undefined) readings.add(spelled + ZWNJ + second);
  }
  const [only] = readings;
  return readings.size === 1 ? only : undefined;
}

/**
 * `تابآوری` → `تاب‌آوری`: آ inside a word after a joining letter is where two words met, since
 * Persian spelling keeps a medial آ only in a few listed Arabic words (`الآن`, `مآخذ`).
 */
function alefMaddaCompound(word: string, joined: JoinedSpellings): string | undefined {
  return compoundBefore(word, "آ", 2, joined);
}

/**
 * `شناختهشده` → `شناخته‌شده`, `همهگیر` → `همه‌گیر`: a word in silent ه, then a listed word. Inside a
 * word, ه joined to the next letter is the consonant h, so a silent ه there is where two words met;
 * the second must be of 3 letters or more, so that no 2-letter fragment of the list makes one
 * (`همهجا` is left to its reader).
 */
function hehWordCompound(word: string, joined: JoinedSpellings): string | undefined {
  if (isPersianWord(word)) return undefined;
  const readings = new Set<string>();
  for (let at = 3; at <= word.length - 3; at += 1) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (!isPersianWord(second)) continue;
    if (!endsInSilentHeh(first) || endsInConsonantHeh(first)) {
      // Two other listed words meet here too (`نشان` + `دهنده` beside `نشانده` + `نده`): two readings.
      if (first.length >= 3 && endsJoining(first) && isPersianWord(first)) return undefined;
      continue;
    }
    // ه + ا is written `ها`, the plural: `همینهاست` is `همین‌هاست`, never `همینه‌است`.
    if (second.startsWith("ا")) continue;
    // A verb that agrees with a person is no compound part: `نشاندهندهی` is no `نشانده` + `ندهی`.
    if (isFiniteVerb(second)) continue;
    const spelled = spellBase(first, joined);
    // The second part is spelled as a word of its own: `سرمایهگذاریها` is `سرمایه‌` + `گذاری‌ها`.
    if (spelled !== undefined) readings.add(spelled + ZWNJ + restoreBare(second, joined));
  }
  const [only] = readings;
  return readings.size === 1 ? only : undefined;
}

/**
 * The fewest letters of a compound part that follows a word the list lacks: the letters of a
 * shorter one (`زایی`, `سازی`) end loanwords by chance (`فورتزایی`, "Fortezza").
 */
export const LONG_BOUND_PART = 5;

/**
 * `بیماریزا` → `بیماری‌زا`, `سرخشده` → `سرخ‌شده`: a word, then a compound part that is no word of
 * its own (`BOUND_SECOND_PARTS`) or a light verb (`LIGHT_VERB_PARTS`), fused where the list lacks
 * the whole; after a word the list lacks too, only a part of 5 letters or more (`کامیتکننده`).
 * Not the `مند` parts: after a consonant they are written joined (`ثروتمندی`).
 */
function boundPartCompound(word: string, joined: JoinedSpellings): string | undefined {
  if (isPersianWord(word)) return undefined;
  const parts = [...BOUND_SECOND_PARTS, ...LIGHT_VERB_PARTS].filter((part) => !part.startsWith("مند"));
  // Longest first, so `سازان` is tried before a shorter part could cut it.
  for (const part of parts.sort((a, b) => b.length - a.length)) {
    const first = word.slice(0, -part.length);
    if (!word.endsWith(part) || first.length < 3 || !endsJoining(first)) continue;
    const spelled = spellBase(first, joined);
    if (spelled !== undefined) return spelled + ZWNJ + part;
    // A word the list lacks (a loanword) before a long part: `کامیتکننده`, `نشانکگذاری`.
    if (part.length >= LONG_BOUND_PART && BOUND_SECOND_PARTS.has(part)) return first + ZWNJ + part;
  }
  return undefined;
}

/**
 * `فارغالتحصیلان` → `فارغ‌التحصیلان`: an Arabic construct of a word, the article `ال` and a noun,
 * which Persian spelling writes with a ZWNJ before `ال` (`بین‌المللی`) after a joining letter.
 * The `ال` part must be a listed word of 5 letters or more, so `کانالها` is not `کان` + `الها`.
 */
function arabicArticleCompound(word: string, joined: JoinedSpellings): string | undefined {
  return compoundBefore(word, "ال", 5, joined);
}

/**
 * True when `بی` + the rest is the subjunctive `ب` with its glide before a verb in ا
 * (`بیافتد`, `بیاندازیم`: "may fall", "let us cast"), not the prefix "without".
 */
function isSubjunctiveGlide(prefix: string, rest: string): boolean {
  return prefix === "بی" && rest.startsWith("ا") && isKnownVerbForm(rest);
}

/**
 * True when the word's letters also read as two free words past the prefix: a listed word longer
 * than the prefix, then a listed word of 4 letters or more that is no inflection of a shorter one.
 * `بیتکوین` reads as `بیت` + `کوین` (the loanword bitcoin), so it is no `بی` + `تکوین`; `بیتردید`
 * keeps its one reading, since `ردید` is `رد` + "you are".
 */
function alsoTwoFreeWords(word: string, prefix: string): boolean {
  for (let at = prefix.length + 1; at <= word.length - 4; at += 1) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (!endsJoining(first) || !isPersianWord(first) || !isPersianWord(second)) continue;
    if (!isCopulaForm(second) && !INFLECTIONS.some((ending) => second.endsWith(ending) && isPersianWord(second.slice(0, -ending.length)))) {
      return true;
    }
  }
  return false;
}

/** Endings besides "to be" that make one listed word from another: `وجهی` is `وجه` + `ی`. */
const INFLECTIONS = ["ها", "های", "ی", "ان", "ات"];

/**
 * `کمخوابی` → `کم‌خوابی`, `بیتردید` → `بی‌تردید`: a prefix (`بی`, `هم`, `کم`, `پیش`…) before a word,
 * where the word list lacks the whole. Its forms lost their ZWNJs by being split there, so a
 * compound it lacks is one it spells with a ZWNJ, and one it has (`همگرایی`, `بیکاری`, `پیشرفت`)
 * is written joined too and is left as written. Any two words the list has are not enough: it
 * holds fragments such as `ارمند`, and `ساختارمند` is no `ساخت` + `ارمند`.
 */
function lexiconCompound(word: string): string | undefined {
  if (isPersianWord(word)) return undefined;
  for (const prefix of LEXICON_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || rest.length < 3 || !isPersianWord(rest)) continue;
    if (isSubjunctiveGlide(prefix, rest) || alsoTwoFreeWords(word, prefix)) return undefined;
    // `همهجا` is `همه‌جا`, not `هم‌هجا`: a prefix that is also a word in silent ه with its ه.
    if (rest.startsWith("ه") && isPersianWord(`${prefix}ه`)) return undefined;
    return prefix + ZWNJ + rest;
  }
  return undefined;
}

/** The ezafe or indefinite `ی` a compound takes joined: `یی` after a long vowel (`گفت‌وگویی`), else `ی` (`گفت‌وگوی`, `سیستم‌عاملی`). */
const JOINED_YEH_ENDINGS = ["یی", "ی"];

/**
 * A compound's spelling by `spellingOf`, with its ezafe or indefinite `ی` joined. A stem in silent ه
 * takes its `ی` after a ZWNJ (`کتاب‌خانه‌ی`), and one in ی takes no letter for it, so neither is read that way.
 * @example spellingWithJoinedYeh("گفتوگویی", lexiconZwnjSpelling) // "گفت‌وگویی"
 */
export function spellingWithJoinedYeh(word: string, spellingOf: (letters: string) => string | undefined): string | undefined {
  for (const ending of JOINED_YEH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = spellingOf(word.slice(0, -ending.length));
    if (stem !== undefined && !endsInSilentHeh(stem) && !stem.endsWith("ی")) return stem + ending;
  }
  return undefined;
}

/**
 * How a ZWNJ-less base is spelled when it is a word: a curated compound, a compound the rules see,
 * or a listed word; undefined when it is none of these.
 * @example spellBase("سیاستگذاری", "restore") // "سیاست‌گذاری"
 * @example spellBase("سیاستگذاری") // "سیاستگذاری", a spelling in use too
 * @example spellBase("خانه") // "خانه"
 */
export function spellBase(base: string, joined: JoinedSpellings = "keep"): string | undefined {
  if (base.length < 2 || NEVER_BASES.has(base)) return undefined;
  return (
    curatedSpelling(base, joined) ??
    lexiconSpelling(base) ??
    hehCompound(base, joined) ??
    alefMaddaCompound(base, joined) ??
    (isPersianWord(base)
      ? base
      : (hehWordCompound(base, joined) ?? boundPartCompound(base, joined) ?? arabicArticleCompound(base, joined) ?? lexiconCompound(base)))
  );
}

/** `میتواند` → `می‌تواند`, `برنمیگردد` → `برنمی‌گردد`, `میزیسته` → `می‌زیسته`; undefined when the word is no such verb. */
function verbReading(word: string): string | undefined {
  for (const preverb of PREVERBS) {
    for (const prefix of ["نمی", "می"]) {
      const start = preverb + prefix;
      if (!word.startsWith(start)) continue;
      const rest = word.slice(start.length);
      // The bare form must be a verb form in both lists: ours says stem + ending, the word list says
      // real; or a past participle, the perfect of a past habit (`میزیسته`, "used to live").
      if ((isKnownVerbForm(rest) && isPersianWord(rest)) || isAffirmativePastParticiple(rest)) return start + ZWNJ + rest;
    }
  }
  return undefined;
}

/** Endings of "to be" that the word list attaches to every noun: `میز` + `ند` "they are tables". */
const COPULA_ENDINGS = ["یند", "ند", "ید", "یم", "ست", "م"];

/**
 * True when the list knows the word only as a noun + "to be" (`میزند`, `میدانیم`, `میگوید`),
 * a reading no news text means when the letters also spell a `می` verb. Adjective `ی` is
 * not among them: `میدانی` ("field-") is a real word.
 */
function isCopulaForm(word: string): boolean {
  return COPULA_ENDINGS.some((ending) => word.endsWith(ending) && isPersianWord(word.slice(0, -ending.length)));
}

/**
 * True when the plural reading of `base` + `های` loses to the silent-ه reading of the same letters
 * (`گسترده` + `ای`): the list inflects `base` as a verb stem only (`گسترد` + `ند`, `یم`, never
 * `ها`), or not at all (`برجست`), so it is no noun to pluralise.
 */
function losesToSilentHeh(base: string, suffix: string, joined: JoinedSpellings): boolean {
  if (suffix !== "های" && suffix !== "هایم") return false;
  const withHeh = `${base}ه`;
  if (!endsInSilentHeh(withHeh) || endsInConsonantHeh(base) || spellBase(withHeh, joined) === undefined) return false;
  if (isPersianWord(`${base}ها`)) return false;
  return !isPersianWord(`${base}ی`) || (isPersianWord(`${base}ند`) && isPersianWord(`${base}یم`));
}

/**
 * True when `base` (a word in ه) is no noun of its own but the list's bare form of the word
 * before its ه, so that `base` + `ای` loses to the plural: `کلاسهای` is `کلاس‌های`, not
 * `کلاسه‌ای`. The list writes the ezafe form of the nouns in silent ه it knows (`خانهٔ`, `حرفهٔ`,
 * `نامهٔ`), and those keep both readings (`حرفهای`); `کلاسه`, `آبه`, `ویتامینه` have none, while
 * `کلاس`, `آب`, `ویتامین` take the plural.
 */
function isPluralOfBareForm(base: string): boolean {
  const before = base.slice(0, -1);
  return isPersianWord(`${before}ها`) && !isPersianWord(base + HAMZA_ABOVE);
}

/**
 * Every way the word reads as base + suffix, each as the spelling it calls for. A reading that
 * needs no ZWNJ spells the word unchanged, and counts: it makes the word ambiguous.
 */
function suffixReadings(word: string, joined: JoinedSpellings): { readings: string[]; perfect: string | undefined } {
  const readings: string[] = [];
  let perfect: string | undefined;
  const wordIsListed = isPersianWord(word);

  for (const suffix of PLURAL_ENDINGS) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    // After a past participle it is the perfect: `رفتهاست` is `رفته‌است` ("has gone"), never `رفت‌هاست`.
    const participle = suffix === PLURAL_COPULA ? perfectParticiple(`${base}ه`) : undefined;
    if (participle !== undefined) {
      perfect = `${participle}${ZWNJ}است`;
      continue;
    }
    const spelled = spellBase(base, joined);
    if (spelled === undefined || losesToSilentHeh(base, suffix, joined)) continue;
    if (!endsJoining(base)) {
      readings.push(spelled + suffix);
      continue;
    }
    if (!endsInSilentHeh(base)) {
      // `تنها` is `تن` + `ها` by its letters, but the list pluralises it (`تنهاها`): a word of its own.
      const plural = `${base}ها`;
      if (isPersianWord(plural) && isPersianWord(`${plural}ها`)) readings.push(word);
    } else if (wordIsListed) {
      // The list never holds a silent-ه word with its suffix fused, so a listed one is another word.
      readings.push(word);
    }
    readings.push(spelled + ZWNJ + suffix);
  }

  for (const suffix of HEH_SUFFIXES) {
    const base = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || !endsInSilentHeh(base)) continue;
    // `گروههای` is `گروه‌های`; `گروهه` + `ای` ("a cluster-") is a rare word made from it.
    if (endsInConsonantHeh(base.slice(0, -1))) continue;
    if (PLURAL_ENDINGS.includes(`ه${suffix}`) && isPluralOfBareForm(base)) continue;
    // The list may hold `کردهایم` as `کرد` + `هایم`; after a participle the perfect tense wins.
    const participle = PERFECT_ENDINGS.has(suffix) ? perfectParticiple(base) : undefined;
    if (participle !== undefined) {
      perfect = participle + ZWNJ + suffix;
      continue;
    }
    const spelled = spellBase(base, joined);
    if (spelled === undefined) continue;
    // A compound's ه is its last part's: `بی‌توجه` ends in the pronounced ه of `توجه`, so `بیتوجهی` takes no ZWNJ.
    if (endsInConsonantHeh(spelled.slice(spelled.lastIndexOf(ZWNJ) + 1))) continue;
    if (wordIsListed) readings.push(word);
    readings.push(spelled + ZWNJ + suffix);
  }

  // `موقتاند` → `موقت‌اند`, "they are temporary": `اند` after a consonant, as the word pair rule reads
  // `موقت اند`, unless the letters are a verb whose stem ends in `اند` (`بچسباند`, `نرساند`).
  const beforeAnd = word.slice(0, -3);
  if (word.endsWith("اند") && !wordIsListed && beforeAnd.length >= 3 && endsJoining(beforeAnd) && !endsInSilentHeh(beforeAnd)) {
    const spelled = spellBase(beforeAnd, joined);
    const isVerb = VERB_PARTICLES.some((particle) => word.startsWith(particle) && isPersianWord(word.slice(particle.length)));
    if (spelled !== undefined && !isVerb) readings.push(spelled + ZWNJ + "اند");
  }

  for (const suffix of COMPARATIVE_SUFFIXES) {
    const base = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || base.length < 3 || !endsJoining(base)) continue;
    const spelled = spellBase(base, joined);
    if (spelled === undefined) continue;
    if (endsInSilentHeh(base)) {
      if (wordIsListed) readings.push(word);
    } else if (!base.endsWith("ی")) {
      // Only an adjective has both degrees: `بزرگتر` and `بزرگترین`. `فیلتر` has no `فیلترین`.
      // The list lacks the degrees of most adjectives in ی (`جدیتر`), and no word ends in یتر by chance.
      const otherDegree = suffix === "ترین" ? `${base}تر` : `${base}ترین`;
      // `بزرگتر` joined is in use beside `بزرگ‌تر`: the writer's choice, unless the text lost its ZWNJs.
      if (!isPersianWord(otherDegree) || joined === "keep") readings.push(word);
    }
    readings.push(spelled + ZWNJ + suffix);
  }
  return { readings, perfect };
}

/** The spelling of a ZWNJ-less word in Persian ی/ک, or the word itself when unsure. */
function restoreBare(word: string, joined: JoinedSpellings): string {
  const readings = zwnjReadings(word, joined);
  return readings.length === 1 ? (readings[0] ?? word) : word;
}

/**
 * Every spelling the rules read a ZWNJ-less word in Persian ی/ک as: one when they are sure, none
 * or several when they are not (and the word is then left as written). A reading that needs no
 * ZWNJ is the word itself, and counts; a word with vowel marks has only itself.
 * @example zwnjReadings("میتواند") // ["می‌تواند"]
 * @example zwnjReadings("مجموعهای") // ["مجموع‌های", "مجموعهای", "مجموعه‌ای"]: "totals", also written joined, or "a collection"
 */
export function zwnjReadings(word: string, joined: JoinedSpellings = "keep"): string[] {
  if (MARKS.test(word)) return [word];
  const pronounPlural = joined === "restore" ? separatePronounPlural(word) : undefined;
  if (pronounPlural !== undefined) return [pronounPlural];
  if (NEVER_CHANGE.has(word)) return [word];
  const compound = curatedSpelling(word, joined);
  if (compound !== undefined) return [compound];

  const { readings, perfect } = suffixReadings(word, joined);
  // `کردهایم` could be `کرد‌هایم` ("my Kurds") by its letters; after a participle the verb wins.
  if (perfect !== undefined) return [perfect];
  const listed = lexiconSpelling(word);
  if (listed !== undefined) readings.push(listed);
  const verb = verbReading(word);
  if (verb !== undefined) readings.push(isPersianWord(word) && !isCopulaForm(word) ? word : verb);
  const heh = hehCompound(word, joined);
  if (heh !== undefined) readings.push(heh);
  const alefMadda = alefMaddaCompound(word, joined);
  if (alefMadda !== undefined) readings.push(alefMadda);
  for (const compound of [hehWordCompound(word, joined), boundPartCompound(word, joined), arabicArticleCompound(word, joined)]) {
    if (compound !== undefined) readings.push(compound);
  }
  // A prefix compound the list has whole (`بینهایت`, `همکاریهای`) is written joined too, and
  // the rest of it read on its own: so `بینهایت` has two readings and stays (never `بین‌هایت`),
  // while `همکاریهای` has one, `همکاری‌های`. A rest with two readings adds none: `ماریهای` may be
  // `ماریه‌ای` alone, but `بیماریهای` has no `بیماریه`, and the whole word's own readings decide.
  const prefix = isPersianWord(word) ? LEXICON_PREFIXES.find((start) => word.startsWith(start)) : undefined;
  const rest = prefix === undefined ? undefined : word.slice(prefix.length);
  if (prefix !== undefined && rest !== undefined && isPersianWord(rest)) {
    const restReadings = zwnjReadings(rest, joined);
    if (restReadings.length <= 1) readings.push(prefix + (restReadings[0] ?? rest));
  }
  // A lexicon compound only when nothing else reads the word: a suffix is likelier than a compound.
  if (readings.length === 0) {
    // `گفتوگویی` → `گفت‌وگویی`: a dictionary compound with its `ی`, when the list lacks the whole.
    const compound =
      lexiconCompound(word) ?? (isPersianWord(word) ? undefined : spellingWithJoinedYeh(word, lexiconSpelling)) ?? pluralOfUnknownWord(word);
    if (compound !== undefined) readings.push(compound);
  }

  return [...new Set(readings)];
}

/** Letter indexes (ZWNJs not counted) before which the spelling has a ZWNJ. */
function zwnjPositions(spelling: string): Set<number> {
  const positions = new Set<number>();
  let letters = 0;
  for (const char of spelling) {
    if (char === ZWNJ) positions.add(letters);
    else letters += 1;
  }
  return positions;
}

/** Harakat, superscript alef and hamza above inside a word: such a word is left to its author. */
const MARKS = /[\u064b-\u065f\u0670]/;

/**
 * The word with its lost ZWNJ restored when the rules are sure, else the word unchanged. A word
 * that already has ZWNJs only gains more, never loses or moves one, so fixed text stays fixed.
 * Arabic ي/ك are read as Persian ی/ک but kept; `fixArabicLetters` changes them. A word whose
 * joined spelling is standard too is kept as written unless `joined` is `"restore"`.
 * @example restoreZwnj("همکاریهای") // "همکاری‌های"
 * @example restoreZwnj("میتواند") // "می‌تواند"
 * @example restoreZwnj("میزبانی") // "میزبانی"
 * @example [restoreZwnj("آنها"), restoreZwnj("آنها", "restore")] // ["آنها", "آن‌ها"]
 */
export function restoreZwnj(word: string, joined: JoinedSpellings = "keep"): string {
  if (word.endsWith(HAMZA_ABOVE)) return restoreZwnj(word.slice(0, -1), joined) + HAMZA_ABOVE;
  if (MARKS.test(word)) return word;
  const letters = word.replaceAll(ZWNJ, "");
  // ۀ is ه with its ezafe: the rules read ه, and the word keeps its ۀ.
  const reading = letters.endsWith(HEH_WITH_YEH) ? `${letters.slice(0, -1)}ه` : letters;
  const restored = restoreBare(fixArabicLetters(reading), joined);
  const wanted = zwnjPositions(restored);
  const had = zwnjPositions(word);
  if (![...had].every((position) => wanted.has(position))) {
    // The writer put a ZWNJ where the joined spelling has none (`تفاهم‌نامهای`): theirs is the ZWNJ one.
    return joined === "keep" ? restoreZwnj(word, "restore") : word;
  }
  if (wanted.size <= had.size) return word;
  return [...letters].map((letter, index) => (wanted.has(index) ? ZWNJ + letter : letter)).join("");
}
