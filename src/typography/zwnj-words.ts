/**
 * Hand-made word lists for the ZWNJ rules: compounds spelled out, and words that look suffixed
 * but are not. Each list is written with its ZWNJs (U+200C); the rules strip them to compare.
 */
import { ZWNJ } from "./letters.ts";

/**
 * Compounds and fixed expressions of news Persian, in the spelling of the orthography of the
 * Academy of Persian Language and Literature (دستور خط فارسی), which the sample reports in
 * `content/fa/` follow. Only words whose ZWNJ-less form can mean nothing else are here; a form that is also
 * a correct word without ZWNJ (`دورهای` "rounds", `حرفهای` "words of") is left out, so it stays.
 * Suffixed forms (`گفت‌وگوهای`, `تفاهم‌نامه‌ای`) come from the suffix rules, not from this list,
 * and compounds with a prefix (`بی‌شک`, `کم‌سابقه`, `پیش‌بینی`) from the word list, see
 * `LEXICON_PREFIXES`.
 */
const COMPOUNDS = [
  // Conjoined pairs
  "گفت‌وگو", "گفت‌وگوی", "گفت‌وشنود", "جست‌وجو", "جست‌وجوی", "کسب‌وکار", "کسب‌وکاری", "حمل‌ونقل",
  "رفت‌وآمد", "نقل‌وانتقال", "نقل‌وانتقالات", "پرس‌وجو", "شست‌وشو", "آموزش‌وپرورش",
  // Arabic compounds and prepositional phrases
  "بین‌المللی", "بین‌الملل", "بین‌المجالس", "فوق‌العاده", "علی‌رغم", "علی‌الخصوص", "فی‌مابین",
  "ذی‌نفع", "ذی‌نفعان", "ذی‌ربط", "ذی‌صلاح", "رئیس‌جمهور", "رئیس‌جمهوری", "نخست‌وزیر", "نخست‌وزیری",
  "مقرون‌به‌صرفه", "به‌صورت", "به‌آسانی", "به‌ویژه", "به‌خصوص", "به‌عنوان", "به‌منظور", "به‌طور",
  "به‌روزرسانی", "به‌کارگیری",
  // Weekdays and places
  "سه‌شنبه", "پنج‌شنبه", "یک‌شنبه", "اسلام‌آباد", "عشق‌آباد", "مامت‌خان", "بردی‌مرادوویچ",
  // Policy and governance
  "سیاست‌گذاری", "سیاست‌گذار", "سیاست‌گذاران", "قانون‌گذاری", "قانون‌گذار", "قانون‌گذاران",
  "مقررات‌گذاری", "هدف‌گذاری", "قیمت‌گذاری", "اشتراک‌گذاری", "نام‌گذاری", "ارزش‌گذاری",
  "تصمیم‌گیری", "تصمیم‌سازی", "شکل‌گیری", "موضع‌گیری", "جهت‌گیری", "چشم‌انداز", "خط‌مشی",
  "زمان‌بندی", "جمع‌بندی", "اولویت‌بندی", "تقسیم‌بندی", "جمع‌آوری", "تاب‌آوری", "تاب‌آور", "فن‌آوری",
  "چندجانبه‌گرایی", "یک‌جانبه‌گرایی", "همه‌جانبه", "همه‌پرسی", "واقع‌گرایی", "آینده‌نگر", "آینده‌نگری",
  "آینده‌پژوهی", "عالی‌رتبه",
  "کوتاه‌مدت", "میان‌مدت", "بین‌دولتی", "بین‌بخشی", "فرامنطقه‌ای",
  // Building, services and technology
  "ظرفیت‌سازی", "شفاف‌سازی", "بومی‌سازی",
  "فرهنگ‌سازی", "هماهنگ‌سازی", "مقاوم‌سازی", "ایمن‌سازی", "پیاده‌روی", "اطلاع‌رسانی", "خدمات‌رسانی",
  "پیام‌رسان", "پیام‌رسانی", "کمک‌رسانی", "آب‌رسانی", "برق‌رسانی", "راه‌اندازی", "راه‌حل", "راه‌آهن",
  "نرم‌افزار", "نرم‌افزاری", "سخت‌افزار", "سخت‌افزاری", "پهن‌باند", "تله‌کام", "کلان‌شهر",
  "کلان‌داده", "دانش‌بنیان", "دانش‌آموز", "دانش‌آموزان", "دانش‌آموخته", "دانش‌آموختگان", "تحصیل‌کرده",
  "تحصیل‌کردگان", "زیست‌محیطی", "محیط‌زیست", "آتش‌بس", "آتش‌سوزی", "آتش‌نشانی", "دیده‌بان",
  "تفاهم‌نامه", "موافقت‌نامه", "توافق‌نامه", "آیین‌نامه", "شیوه‌نامه", "بخش‌نامه",
  "اساس‌نامه", "ضمانت‌نامه", "گواهی‌نامه",
  // Participants and qualities
  "شرکت‌کننده", "شرکت‌کنندگان", "مصرف‌کننده", "مصرف‌کنندگان", "تأمین‌کننده", "تأمین‌کنندگان", "تامین‌کننده",
  "تعیین‌کننده", "نگران‌کننده", "مسئولیت‌پذیری", "انعطاف‌پذیر", "انعطاف‌پذیری", "آسیب‌پذیر",
  "آسیب‌پذیری",
  // Seen without their ZWNJ in agency copy
  "راستی‌آزمایی", "نسل‌کشی", "تعجب‌آور", "شگفت‌انگیز", "غنی‌شده", "اعلام‌شده", "بن‌بست", "به‌سرعت",
  "به‌نقل", "به‌شمار", "حل‌وفصل", "قتل‌عام", "جمهوری‌خواه", "جمهوری‌خواهان", "چانه‌زنی", "زمین‌لرزه",
  "دست‌نوشته", "آسیب‌دیده", "آسیب‌دیدگان", "میان‌دوره‌ای", "رییس‌جمهور", "رییس‌جمهوری", "ریاست‌جمهوری",
  "دی‌ماه", "وب‌سایت", "خلع‌سلاح", "روبه‌رو", "بازداشت‌شده", "بازداشت‌شدگان", "ممنوع‌الخروج",
  "ممنوع‌الخروجی", "موفقیت‌آمیز", "مسالمت‌آمیز", "جاه‌طلب", "جاه‌طلبی",
  // به joined to the word it governs
  "به‌خوبی", "به‌گونه‌ای", "به‌وضوح", "به‌تدریج", "به‌زودی", "به‌موقع", "به‌دنبال", "به‌همراه", "به‌شدت",
  "به‌دلیل", "به‌وقت", "به‌نظر", "به‌جای", "به‌راحتی", "به‌سادگی", "به‌خاطر", "به‌ترتیب", "به‌تنهایی",
];

/**
 * Words whose letters allow two suffix readings, of which news prose all but always means one:
 * `منطقهای` is `منطقه‌ای` ("regional"), hardly ever `منطق‌های` ("logics of"); `مقامهای` is
 * `مقام‌های` ("officials of"), hardly ever `مقامه‌ای` ("a maqama-"). The rules alone leave such
 * words as they are; this list settles the common ones.
 */
const PREFERRED_READINGS = [
  "منطقه‌ای", "رسانه‌ای", "هسته‌ای", "ریشه‌ای", "پایه‌ای", "ویژه‌ای", "تازه‌ای", "آینده‌ای", "اتحادیه‌ای",
  "رایانه‌ای", "توسعه‌ای", "عمده‌ای", "مقاله‌ای", "مصاحبه‌ای", "مقام‌های", "نشست‌های", "سال‌های", "زبان‌های", "پست‌های",
  // The list knows these as names (`میروند`), but in news they are verbs.
  "می‌روند",
];

/**
 * The curated compounds' ZWNJ-less forms. Those the word list also has whole are spellings in use
 * too (`تفاهمنامه`, `گواهینامه`, `پنجشنبه`), kept as written in text that has its ZWNJs.
 */
export const CURATED_COMPOUNDS: ReadonlySet<string> = new Set(COMPOUNDS.map((spelling) => spelling.replaceAll(ZWNJ, "")));

/** ZWNJ-less form → spelling, for the curated compounds and preferred readings. */
export const CURATED_SPELLINGS: ReadonlyMap<string, string> = new Map(
  [...COMPOUNDS, ...PREFERRED_READINGS].map((spelling) => [spelling.replaceAll(ZWNJ, ""), spelling]),
);

/**
 * The plural `ها` with what may follow it ("is", possessives, the indefinite `ی`), longest first, so
 * that `های` is tried before `ها` when one is cut off the end of a word.
 */
export const PLURAL_ENDINGS: readonly string[] = ["هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "هاست", "ها"];

/**
 * Words that end like a suffixed word but are a word of their own, or whose joined spelling is as
 * standard as the ZWNJ one (`آنها`, `اینها`: the press writes both), so they are kept as written;
 * only in text that lost its ZWNJs does `restoreZwnj(word, "restore")` write `آن‌ها` (`pronoun-plurals.ts`).
 */
export const NEVER_CHANGE: ReadonlySet<string> = new Set([
  "آنها", "اینها", "آنهایی", "اینهایی", "همینها", "همانها", "تنها", "تنهایی", "منها", "منهای",
  "فیها", "علیها", "عنها", "الیها", "بها", "بهای", "رها", "رهایی", "کیهان", "نهایی", "نهایت",
  "بهتر", "بیشتر", "کمتر", "مهتر", "کهتر", "پیشتر", "بهترین", "بیشترین", "کمترین", "مهترین",
  "کهترین", "بهتری", "بیشتری", "کمتری", "پیشتری", "دکترین", "خاکستری", "مشتری", "لوستر", "لوسترها",
]);

/**
 * Words that never take the plural or comparative suffix with a ZWNJ: pronouns and particles
 * (`منها` "minus" is not `من‌ها`), and the bases of the comparatives written joined
 * (`بیشتر`, `کمتر`, `بهتر`).
 */
export const NEVER_BASES: ReadonlySet<string> = new Set([
  "من", "تو", "او", "ما", "شما", "آن", "این", "همین", "همان", "چنین", "چنان", "به", "که", "چه", "نه",
  "بیش", "کم", "مه", "پیش",
]);

/**
 * Second parts that join a word ending in a silent ه with a ZWNJ (`سرمایه‌گذاری`, `برنامه‌ریزی`,
 * `زمینه‌سازی`). After a silent ه the joined spelling would read as a consonant h, so any such
 * compound needs the ZWNJ; the rule asks only that the first part is a word.
 */
export const HEH_COMPOUND_ENDINGS: readonly string[] = [
  "گذاری", "گذاران", "گذار", "سازی", "سازان", "ساز", "گیری", "ریزی", "رسانی", "بندی", "آوری", "آور",
  "گرایی", "گرا", "نگری", "نگر", "شناسی", "شناسان", "شناس", "کنندگان", "کننده", "محور", "پذیری",
  "پذیر", "داری", "داران", "دار", "برداری", "بردار", "وری", "ور", "نامه", "مندی", "مندان", "مند",
  "آمیز", "نگاری", "نگاران", "نگار", "نویسی", "نویسان", "نویس",
];

/**
 * Words ending in a pronounced ه (negah, towajjoh, 'alayh): compounds after them are written joined
 * (`نگهداری`), so the silent-ه rules leave them out. Words in `اه`/`وه` are left out by their ending.
 */
export const CONSONANT_HEH_WORDS: ReadonlySet<string> = new Set([
  "نگه", "توجه", "وجه", "شبه", "فقیه", "سفیه", "تنبیه", "تشبیه", "توجیه", "تنزیه", "فربه", "مشتبه",
  "مشابه", "متشابه", "متوجه", "موجه", "منزه", "تنبه", "ابله", "علیه",
]);

/**
 * Prefixes that make compounds with a ZWNJ (`بی‌شک`, `کم‌آب`, `پیش‌ساخته`). Whether a given
 * compound takes the ZWNJ is the word list's call, not this list's: `همگرایی`, `بیکاری` and
 * `پیشرفت` are in it whole, so they stay joined. None is a prefix of another.
 */
export const LEXICON_PREFIXES: readonly string[] = ["بی", "هم", "کم", "پس", "پیش", "نیم"];

/**
 * Second parts of compounds that are no word of their own in news prose (`گذاری`, `پذیر`, `زا`),
 * so after a word they always belong to it: spaced (`امکان پذیر`) or fused (`بیماریزا`), the
 * place between is a lost ZWNJ. Parts that are also words (`ساز` "instrument", `دار` "gallows",
 * `نامه` "letter", `داری` "you have") are left out: `ترجمه نامه` is "the translation of the letter"
 * (after a silent ه, `دار` is bound: `SILENT_HEH_BOUND_PARTS`).
 */
export const BOUND_SECOND_PARTS: ReadonlySet<string> = new Set([
  "گذاری", "گذاران", "گیری", "گیران", "سازی", "سازان", "رسانی", "پذیر", "پذیری", "آمیز", "انگیز",
  "کننده", "کنندگان", "کنندگی", "دهنده", "دهندگان", "دهندگی", "زا", "زایی", "گرایی", "نگری", "شناسی",
  "شناسان", "نگاری", "نگاران", "نویسی", "نویسان", "نویس", "مندی", "مندان", "آوری", "ریزی", "بندی",
  "شناس", "نگر", "گرا", "آور", "جویی", "آموزی", "بگیران",
]);

/**
 * Second parts that are bound after a word in silent ه only, spaced there (`بهره برداری`, `بهره مند`,
 * `سلطه گر`, `عهده دار`, `سرمایه داران`): after another letter they are a word of their own
 * (`گرافیک برداری`, "vector graphics"; `طناب دار`, "the gallows' rope") or are written joined
 * without a ZWNJ (`ثروتمند`, `مالدار`). `ساز` is left out: `علیه ساز و کار` is "against the mechanism".
 */
export const SILENT_HEH_BOUND_PARTS: ReadonlySet<string> = new Set(["برداری", "برداران", "مند", "گر", "دار", "داران"]);

/**
 * Forms of the light verbs `شدن` and `کردن` that end a compound adjective or infinitive
 * (`شناخته‌شده`, `خشک‌شدن`, `گرم‌نکردن`). Spaced, they are standard compound verbs and stay;
 * fused to the word before (`سرخشده`), the two words ran together and take a ZWNJ.
 */
export const LIGHT_VERB_PARTS: readonly string[] = ["شدگان", "شده", "شدن", "نشده", "نشدن", "کردن", "نکردن"];
