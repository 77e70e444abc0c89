/**
 * The index terms of texts as numbers, one per distinct term. Building the search index is, for the
 * most part, finding a report's words and counting them; cutting each word out as a string to look
 * it up made millions of short-lived strings per archive. Here a word is folded, hashed and compared
 * where it stands in the text, and only a term never seen before becomes a string.
 *
 * The terms found are exactly those of {@link forEachIndexTerm}: the folding comes from
 * {@link foldForSearch} itself, character by character, and a text holding a character that folds
 * differently inside a word (Greek capital sigma, dotted capital I) or lies outside the Basic
 * Multilingual Plane is read by {@link forEachIndexTerm} instead.
 */
import { foldForSearch, forEachIndexTerm, isWordCharacter, SHORTEST_TERM, ZWNJ } from "./search-terms.ts";

/** What a character is to the scan, once folded. */
const SEPARATOR = 0;
const LETTER = 1;
const JOINER = 2;
/** Dropped by the folding (vowel signs, tatweel, LRM/RLM): the word goes on across it. */
const DROPPED = 3;
/** Folds differently in context, or is half of a surrogate pair: the text takes the general path. */
const GENERAL = 4;

const ZWNJ_CODE = ZWNJ.charCodeAt(0);
/** Each character of the Basic Multilingual Plane as {@link foldForSearch} writes it, and its kind. */
const FOLDED = new Uint16Array(0x10000);
const KIND = new Uint8Array(0x10000);
/** The characters of kind {@link GENERAL} but the surrogates, as `\u` escapes. */
const GENERAL_BMP_CHARACTERS: string[] = [];
{
  // One call folds every character, each alone on its line: a call per character would take a
  // tenth of a second, on each of the build's threads.
  const LINE_BREAK = 0x0a;
  const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
  const units = new Uint16Array(0x20000);
  let used = 0;
  for (let code = 0; code < 0x10000; code++) {
    if (code === LINE_BREAK || isSurrogate(code)) continue;
    units[used++] = code;
    units[used++] = LINE_BREAK;
  }
  const folded = foldForSearch(new TextDecoder("utf-16le").decode(units.subarray(0, used)));
  let lineStart = 0;
  for (let code = 0; code < 0x10000; code++) {
    if (isSurrogate(code)) KIND[code] = GENERAL;
    else if (code === LINE_BREAK) FOLDED[code] = code;
    else {
      const lineEnd = folded.indexOf("\n", lineStart);
      const length = lineEnd - lineStart;
      const foldedCode = folded.charCodeAt(lineStart);
      // Capital sigma lowers to ς at a word's end and to σ elsewhere.
      if (length > 1 || code === 0x3a3) {
        KIND[code] = GENERAL;
        GENERAL_BMP_CHARACTERS.push(`\\u${code.toString(16).padStart(4, "0")}`);
      }
      else if (length === 0) KIND[code] = DROPPED;
      else {
        FOLDED[code] = foldedCode;
        KIND[code] = foldedCode === ZWNJ_CODE ? JOINER : isWordCharacter(foldedCode) ? LETTER : SEPARATOR;
      }
      lineStart = lineEnd + 1;
    }
  }
}
/** The characters that send a text to the general path. */
const NEEDS_GENERAL_PATH = new RegExp(`[${GENERAL_BMP_CHARACTERS.join("")}\\ud800-\\udfff]`);

const NO_TERM = -1;
const FIRST_TABLE_SIZE = 1 << 12;

/** A part of a compound between joiners: where it stands in the text, its hash and folded length. */
interface PartBuffer {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  lengths: Int32Array;
}

/**
 * Every distinct index term met so far, each with its number (0, 1, 2 … in order of first sight).
 * @example const terms = new TermDictionary(); terms.forEachTermId("ITU itu", (id) => ids.push(id)); // ids: [0, 0]; terms.term(0) === "itu"
 */
export class TermDictionary {
  private readonly terms: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: each slot holds a term's number plus one, 0 when empty. */
  private slots = new Int32Array(FIRST_TABLE_SIZE);
  private readonly parts: PartBuffer = { starts: new Int32Array(16), ends: new Int32Array(16), hashes: new Int32Array(16), lengths: new Int32Array(16) };

  /** How many distinct terms there are. */
  get size(): number {
    return this.terms.length;
  }

  /**
   * The term with this number.
   * @example terms.term(0) // "itu"
   */
  term(id: number): string {
    const term = this.terms[id];
    if (term === undefined) throw new RangeError(`no term number ${id}`);
    return term;
  }

  /**
   * Calls `visit` with the number of each of the text's index terms, in {@link forEachIndexTerm}'s order.
   * @example terms.forEachTermId("همکاری‌های ITU", visit) // visits the numbers of "همکاریهای", "همکاری", "های", "itu"
   */
  forEachTermId(text: string, visit: (id: number) => void): void {
    if (NEEDS_GENERAL_PATH.test(text)) {
      forEachIndexTerm(text, (term) => visit(this.idOfTerm(term)));
      return;
    }
    let wordStart = -1;
    let hash = 0;
    let letters = 0;
    let joiners = 0;
    // Whether the word is written as it folds, so it can be compared where it stands.
    let asFolded = true;
    for (let index = 0, length = text.length; index <= length; index++) {
      const code = index < length ? text.charCodeAt(index) : 0x20;
      const kind = KIND[code];
      if (kind === LETTER) {
        if (wordStart < 0) {
          wordStart = index;
          hash = letters = joiners = 0;
          asFolded = true;
        }
        const folded = FOLDED[code] ?? 0;
        if (folded !== code) asFolded = false;
        hash = mix(hash, folded);
        letters++;
      } else if (kind === JOINER) {
        if (wordStart < 0) {
          wordStart = index;
          hash = letters = joiners = 0;
          asFolded = true;
        }
        joiners++;
      } else if (kind === SEPARATOR && wordStart >= 0) {
        if (letters >= SHORTEST_TERM) visit(asFolded && letters === index - wordStart ? this.idOfSpan(text, wordStart, index, hash) : this.idOf(text, wordStart, index, hash, letters));
        if (joiners > 0) this.visitParts(text, wordStart, index, visit);
        wordStart = -1;
      }
      // A dropped character is neither part of a word nor a break in one.
    }
  }

  /** A compound's parts between its joiners, when it has more than one. */
  private visitParts(text: string, start: number, end: number, visit: (id: number) => void): void {
    const parts = this.parts;
    let count = 0;
    let partStart = start;
    let hash = 0;
    let letters = 0;
    for (let index = start; index <= end; index++) {
      const kind = index < end ? KIND[text.charCodeAt(index)] : JOINER;
      if (kind === LETTER) {
        hash = mix(hash, FOLDED[text.charCodeAt(index)] ?? 0);
        letters++;
      } else if (kind === JOINER) {
        if (letters > 0) count = this.addPart(count, partStart, index, hash, letters);
        partStart = index + 1;
        hash = letters = 0;
      }
    }
    if (count < 2) return;
    for (let part = 0; part < count; part++) {
      const length = parts.lengths[part] ?? 0;
      if (length >= SHORTEST_TERM) visit(this.idOf(text, parts.starts[part] ?? 0, parts.ends[part] ?? 0, parts.hashes[part] ?? 0, length));
    }
  }

  /**
   * The number of a term given as a string, added if new.
   * @example terms.idOfTerm("itu") // 0
   */
  idOfTerm(term: string): number {
    let hash = 0;
    for (let index = 0; index < term.length; index++) hash = mix(hash, term.charCodeAt(index));
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id === NO_TERM) return this.add(term, hash, slot);
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** The number of the folded word between `start` and `end` (joiners and dropped characters skipped). */
  private idOf(text: string, start: number, end: number, hash: number, length: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id === NO_TERM) return this.add(foldedWord(text, start, end, length), hash, slot);
      if (this.hashes[id] === hash && sameWord(this.terms[id] ?? "", text, start, end, length)) return id;
    }
  }

  /** The number of the word between `start` and `end`, which is written as it folds. */
  private idOfSpan(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id === NO_TERM) return this.add(foldedWord(text, start, end, length), hash, slot);
      const term = this.terms[id] ?? "";
      if (this.hashes[id] === hash && term.length === length && text.startsWith(term, start)) return id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    // Kept at most half full, so a lookup seldom looks past its first slot.
    if (this.terms.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    this.slots = slots;
  }

  private addPart(count: number, start: number, end: number, hash: number, length: number): number {
    let parts = this.parts;
    if (count === parts.starts.length) {
      const grown = (array: Int32Array) => {
        const larger = new Int32Array(array.length * 2);
        larger.set(array);
        return larger;
      };
      parts = { starts: grown(parts.starts), ends: grown(parts.ends), hashes: grown(parts.hashes), lengths: grown(parts.lengths) };
      Object.assign(this.parts, parts);
    }
    parts.starts[count] = start;
    parts.ends[count] = end;
    parts.hashes[count] = hash;
    parts.lengths[count] = length;
    return count + 1;
  }
}

/** One step of FNV-1a over a folded character. */
function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Whether `term` is the folded word between `start` and `end`, which holds `length` letters. */
function sameWord(term: string, text: string, start: number, end: number, length: number): boolean {
  if (term.length !== length) return false;
  let at = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (KIND[code] !== LETTER) continue;
    if (term.charCodeAt(at++) !== FOLDED[code]) return false;
  }
  return true;
}

/** The folded word between `start` and `end` as a string. */
function foldedWord(text: string, start: number, end: number, length: number): string {
  const codes = new Array<number>(length);
  let at = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (KIND[code] === LETTER) codes[at++] = FOLDED[code] ?? 0;
  }
  return String.fromCharCode(...codes);
}
