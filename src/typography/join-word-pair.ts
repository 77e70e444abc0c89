/**
 * Joins two words that a space keeps apart when the space is a ZWNJ that became a space
 * (`می شود` → `می‌شود`, `گزارش ها` → `گزارش‌ها`), as agency copy often arrives.
 *
 * The space tells where the two parts meet, so a pair can be surer than a fused word: `دست های`
 * can only be `دست‌های`, while `دستهای` may be `دسته‌ای`. But a space is also how Persian keeps two
 * whole words apart, so a pair is joined only when one side cannot stand alone in news prose:
 * - `می`/`نمی` (and `برمی`, `درمی`, …) before a known verb form or past participle;
 * - the plural `ها`, `های`, `هایی`… after any word, a loanword or a name the list lacks included
 *   (`کامیت ها`): alone, `ها` is no word of news prose;
 * - a suffix after a known word: `تر`/`ترین`/`تری` after an adjective,
 *   `ای`/`ام`/`ات`/`اش`/`اند`/`ایم`/`اید` after a silent ه or a ی, `اند` after a consonant, and the
 *   ezafe `ی` and `مان`/`تان`/`شان` after a silent ه (`نسخه ی`, `پروژه تان`);
 * - the prefix `بی` before a known word;
 * - `ترند` ("-er they are") after an adjective that surely takes `تر` (`خسته ترند`);
 * - a compound part that never stands alone (`گذاری`, `گیری`, `پذیر`, `زا`, `دهنده`…), also with its
 *   ezafe or `ی`, after a known word, or a part of 5 letters or more after any word (`کامیت کننده`);
 * - a curated compound (`بین المللی`, `رئیس جمهور`), with a plural ending too (`نرم افزارهای`),
 *   unless its spaced form is standard too;
 * - a compound the dictionary writes with a ZWNJ and the word list lacks joined, when its second
 *   part is no verb form and its first is a prefix (`کم`, `پیش`, `پس`, `هم`, `نیم`: `پیش فرض`,
 *   `هم اکنون`) or one of its parts is no word the dictionary lists alone (`به روزرسانی`,
 *   `فارسی زبانان`), and in text that lost its ZWNJs also when its second is an Arabic word in `ال`
 *   (`آیت الله`, `حجت الاسلام`: correct text writes them apart too); with its ezafe or indefinite
 *   `ی` too (`گفت وگویی`).
 * Other free words (`تخم مرغ`, `ایالات متحده`, `به عنوان`) stay apart, even when the dictionary
 * makes one compound of them, and so do `هم کار` (`همکار` is written joined) and `پیش ساخته`:
 * "دو سال پیش ساخته شد" means "was built two years ago".
 */
import { HAMZA_ABOVE, HEH_WITH_YEH, ZWNJ, endsJoining, fixArabicLetters } from "./letters.ts";
import { isPersianWord } from "./persian-lexicon.ts";
import { LONG_BOUND_PART, endsInSilentHeh, spellBase, spellingWithJoinedYeh, type JoinedSpellings } from "./restore-zwnj.ts";
import { isAffirmativePastParticiple, isBareSecondPersonPresent, isKnownVerbForm, isVerbForm } from "./verb-forms.ts";
import { BOUND_SECOND_PARTS, CURATED_SPELLINGS, LEXICON_PREFIXES, PLURAL_ENDINGS, SILENT_HEH_BOUND_PARTS } from "./zwnj-words.ts";
import { isLexiconStem, lexiconZwnjSpelling } from "./zwnj-lexicon.ts";

/** `می`/`نمی` as a word of its own, with the particles written joined before them. */
const VERB_PREFIXES = new Set(["می", "نمی", "برمی", "درمی", "بازمی", "فرامی", "برنمی", "درنمی", "بازنمی"]);
/** The plural and what may follow it, as words of their own. */
const PLURALS: ReadonlySet<string> = new Set(PLURAL_ENDINGS);
/** Endings that take a ZWNJ after a silent ه (`خانه‌ام`, `رفته‌اند`) or a ی (`ایرانی‌اند`). */
const PERSONAL = new Set(["ای", "ام", "ات", "اش", "اند", "ایم", "اید"]);
const COMPARATIVES = new Set(["تر", "ترین", "تری"]);
/** The ezafe or indefinite `ی` after a silent ه, as many write it (`نسخه‌ی`); alone, it is no word. */
const EZAFE_YEH = "ی";
/** "Our", "your", "their" after a silent ه (`پروژه‌تان`); after other letters they are written joined. */
const PLURAL_POSSESSIVES = new Set(["مان", "تان", "شان"]);
/**
 * The comparative with "they are" (`خسته‌ترند`). Alone, `ترند` is also the word "trend", so it is
 * joined only after an adjective that surely takes `تر`: one the list inflects, or one in silent ه.
 */
const COMPARATIVE_COPULA = "ترند";
/** Letters `بی` may precede that are no word after it: `بی بی سی` is BBC. */
const NOT_AFTER_BI = new Set(["بی", "سی"]);

/**
 * A compound part that is no word alone (`BOUND_SECOND_PARTS`), also with its ezafe or the
 * indefinite `ی` (`دهندهٔ`, `دهندگانی`), or a plural ending (`گذاریها`, `گذاری‌های`).
 */
function isBoundPart(word: string): boolean {
  const ending = word.endsWith(HAMZA_ABOVE) || word.endsWith("ی") ? word.slice(0, -1) : undefined;
  const plural = PLURAL_ENDINGS.find((suffix) => word.endsWith(suffix) && BOUND_SECOND_PARTS.has(word.slice(0, -suffix.length)));
  return BOUND_SECOND_PARTS.has(word) || (ending !== undefined && BOUND_SECOND_PARTS.has(ending)) || plural !== undefined;
}

/** True when the dictionary lists the word on its own, or it is such a word with a plural ending or `ی` (`چیزهایی`). */
function standsAlone(word: string): boolean {
  if (isLexiconStem(word)) return true;
  return [...PLURAL_ENDINGS, "ی"].some((ending) => word.endsWith(ending) && isLexiconStem(word.slice(0, -ending.length)));
}

/** A word as the lexicon reads it: Persian ی/ک, no ZWNJ. */
function bare(word: string): string {
  return fixArabicLetters(word).replaceAll(ZWNJ, "");
}

/** True when the word is one the rules know: listed, a compound they spell, or already holding a ZWNJ. */
function isKnown(word: string): boolean {
  const letters = bare(word);
  return word.includes(ZWNJ) || isPersianWord(letters) || spellBase(letters) !== undefined;
}

/** A comparative base: an adjective the list inflects, or one in ی or silent ه, which it does not. */
function takesComparative(word: string): boolean {
  const letters = bare(word);
  if (letters.length < 2 || !isKnown(word)) return false;
  return (
    isPersianWord(`${letters}تر`) ||
    isPersianWord(`${letters}ترین`) ||
    letters.endsWith("ی") ||
    endsInSilentHeh(letters) ||
    word.includes(ZWNJ)
  );
}

/** The separator a suffix takes after `word`: a ZWNJ after a joining letter, nothing after ا, د, ر, و… */
function joiner(word: string): string {
  return endsJoining(word) ? ZWNJ : "";
}

/**
 * Curated compounds whose spaced form is as standard as the joined one: `به عنوان` and every
 * compound of the preposition `به`, and `محیط زیست` (the ezafe construction, as in the name
 * `سازمان حفاظت محیط زیست`). Fused, they still take their ZWNJ (`محیطزیست` → `محیط‌زیست`).
 */
const SPACED_ALSO_STANDARD = new Set(["به", "محیط"]);

/** The prefixes of `LEXICON_PREFIXES` that a space may part from their word; `بی` has its own rule. */
const SPACED_PREFIXES: ReadonlySet<string> = new Set(LEXICON_PREFIXES.filter((prefix) => prefix !== "بی"));

/**
 * The spelling of fused letters by `spellingOf`, or of their stem with a plural ending
 * (`نرمافزارهای`) or a joined `ی` (`گفتوگویی`).
 */
function spellingWithEnding(fused: string, spellingOf: (letters: string) => string | undefined): string | undefined {
  const whole = spellingOf(fused);
  if (whole !== undefined) return whole;
  for (const ending of PLURAL_ENDINGS) {
    if (!fused.endsWith(ending)) continue;
    const stem = spellingOf(fused.slice(0, -ending.length));
    if (stem !== undefined) return stem + joiner(stem) + ending;
  }
  return spellingWithJoinedYeh(fused, spellingOf);
}

/**
 * The dictionary's spelling of two words, when the word list lacks them joined, the second is no
 * verb form (`دو سال پیش ساخته شد` is "was built two years ago"), and
 * - the first is a prefix (`کم`, `پیش`, `پس`, `هم`, `نیم`): `پیش فرض` → `پیش‌فرض`, `کم درآمدها`
 *   → `کم‌درآمدها`. A prefix is also a free word ("little", "before", "after", "also", "half"),
 *   but the dictionary lists no compound for most of its company (`کم پیش`, `نیم میلیون`, `پس از`);
 * - or one of them is no word the dictionary lists alone (`به روزرسانی`, `فارسی زبانان`);
 * - or, in text that lost its ZWNJs (`joined` is `"restore"`), the second is an Arabic word in `ال`
 *   (`آیت الله`, `حجت الاسلام`, `ربیع الاول`): the dictionary's 400 such compounds are titles,
 *   names, months and set phrases, each one word, but correct text writes them apart too, and there
 *   the writer's choice stays, as `آنها` does.
 * Two words it lists alone stay apart (`لاک پشت`, `ایالات متحده`): it writes many such pairs as
 * one that news writes apart.
 */
function dictionaryCompoundSpelling(leftBare: string, right: string, joined: JoinedSpellings): string | undefined {
  // The word as the dictionary reads it: before the ZWNJ of its own ending (`پشت‌ها`), so that a second pass reads it the same.
  const word = bare(right.includes(ZWNJ) ? right.slice(0, right.indexOf(ZWNJ)) : right);
  if (isVerbForm(word) && !isBareSecondPersonPresent(word)) return undefined;
  const arabic = word.startsWith("ال");
  const boundSide = !arabic && !(standsAlone(leftBare) && standsAlone(word));
  const arabicCompound = arabic && joined === "restore";
  if (!SPACED_PREFIXES.has(leftBare) && !boundSide && !arabicCompound) return undefined;
  return spellingWithEnding(leftBare + bare(right), (letters) => (isPersianWord(letters) ? undefined : lexiconZwnjSpelling(letters)));
}

/**
 * `بین` + `المللی` → `بین‌المللی`, `نرم` + `افزارهای` → `نرم‌افزارهای`, `پیش` + `فرض` →
 * `پیش‌فرض`: a curated compound (unless its spaced form is standard too) or one of the
 * dictionary's, or one with a plural ending, with its ZWNJ where the space is.
 */
function listedCompound(left: string, right: string, joined: JoinedSpellings): string | undefined {
  const leftBare = bare(left);
  const curated = SPACED_ALSO_STANDARD.has(leftBare) ? undefined : spellingWithEnding(leftBare + bare(right), (letters) => CURATED_SPELLINGS.get(letters));
  const spelling = curated ?? dictionaryCompoundSpelling(leftBare, right, joined);
  if (spelling === undefined) return undefined;
  // The spelling must put a ZWNJ at the space and keep every ZWNJ the words already have.
  const atTheSpace = left + ZWNJ + right;
  const positions = (text: string) => {
    const found: number[] = [];
    let letters = 0;
    for (const char of text) {
      if (char === ZWNJ) found.push(letters);
      else letters += 1;
    }
    return found;
  };
  const wanted = new Set(positions(spelling));
  return positions(atTheSpace).every((at) => wanted.has(at)) ? spelling : undefined;
}

/**
 * The two words written as one, with the ZWNJ (or nothing) that the space stood for, when the
 * rules are sure it was one word; undefined when the space stays. `joined` says whether the text
 * lost its ZWNJs (`"restore"`), so that a pair correct text also writes apart is joined too.
 * @example joinWordPair("می", "شود") // "می‌شود"
 * @example joinWordPair("گزارش", "ها") // "گزارش‌ها"
 * @example joinWordPair("هم", "کار") // undefined
 * @example [joinWordPair("آیت", "الله"), joinWordPair("آیت", "الله", "restore")] // [undefined, "آیت‌الله"]
 */
export function joinWordPair(left: string, right: string, joined: JoinedSpellings = "keep"): string | undefined {
  const leftBare = bare(left);
  const rightBare = bare(right);
  if (leftBare === "" || rightBare === "") return undefined;
  // A word written with its ezafe (`منطقهٔ`, `منطقۀ`) ends there: what follows is another word.
  if (left.endsWith(HAMZA_ABOVE) || left.endsWith(HEH_WITH_YEH)) return undefined;

  if (VERB_PREFIXES.has(leftBare)) {
    // A past participle too: `می دانسته` is the habitual perfect, `می‌دانسته‌است` "used to know".
    const verbForm = (isKnownVerbForm(rightBare) && isPersianWord(rightBare)) || isAffirmativePastParticiple(rightBare);
    return !right.includes(ZWNJ) && verbForm ? left + ZWNJ + right : undefined;
  }
  if (PLURALS.has(rightBare)) {
    // Not `ها ها`: a plural ending after another is a word repeated, not a suffix.
    return leftBare.length >= 2 && !PLURALS.has(leftBare) ? left + joiner(left) + right : undefined;
  }
  if (PERSONAL.has(rightBare)) {
    // `اند` "they are" also follows a consonant (`موقت‌اند`); `ای`, `ام` there would be the vocative or a fused ending.
    const afterConsonant = rightBare === "اند" && endsJoining(leftBare) && leftBare.length >= 3;
    const takesIt = afterConsonant || endsInSilentHeh(leftBare) || (leftBare.length >= 3 && leftBare.endsWith("ی"));
    return takesIt && isKnown(left) ? left + ZWNJ + right : undefined;
  }
  if (rightBare === EZAFE_YEH || PLURAL_POSSESSIVES.has(rightBare)) {
    // A compound's ه is its last part's: `بی‌توجه ی` ends in the pronounced ه of `توجه`.
    const lastPart = bare(left.slice(left.lastIndexOf(ZWNJ) + 1));
    return endsInSilentHeh(lastPart) && isKnown(left) ? left + ZWNJ + right : undefined;
  }
  if (COMPARATIVES.has(rightBare)) {
    return takesComparative(left) ? left + joiner(left) + right : undefined;
  }
  if (rightBare === COMPARATIVE_COPULA) {
    const adjective = isPersianWord(`${leftBare}تر`) || (endsInSilentHeh(leftBare) && isPersianWord(leftBare));
    return adjective ? left + joiner(left) + right : undefined;
  }
  if (leftBare === "بی") {
    return !NOT_AFTER_BI.has(rightBare) && rightBare.length >= 2 && isKnown(right) ? left + ZWNJ + right : undefined;
  }
  if (SILENT_HEH_BOUND_PARTS.has(rightBare) && endsInSilentHeh(leftBare) && isKnown(left)) {
    return left + ZWNJ + right;
  }
  // After a word the rules do not know (a loanword), only a long part: `کامیت کننده`, not `فورت زایی`.
  if (isBoundPart(rightBare) && endsJoining(leftBare) && (isKnown(left) || rightBare.length >= LONG_BOUND_PART) && leftBare.length >= 2) {
    return left + ZWNJ + right;
  }
  return listedCompound(left, right, joined);
}
