/**
 * The index terms of texts as numbers, one per distinct term. Building the search index is, for the
 * most part, finding a report's words and counting them; cutting each word out as a string to look
 * it up made millions of short-lived strings per archive. Here the text is copied once into a typed
 * array, each word is folded, hashed and compared where it stands, and only a term never seen before
 * becomes a string. At 4,000 Persian reports this took the index from about 2 s to under 1 s.
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
      } else if (length === 0) KIND[code] = DROPPED;
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

/** Whether a Uint16Array reads the bytes of Node's "utf16le" encoding as they are. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** A typed array twice as long, its first elements copied. */
function doubled<T extends Int32Array | Uint16Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Every distinct index term met so far, each with its number (0, 1, 2 … in order of first sight).
 * @example const terms = new TermDictionary(); terms.forEachTermId("ITU itu", (id) => ids.push(id)); // ids: [0, 0]; terms.term(0) === "itu"
 */
export class TermDictionary {
  private readonly terms: string[] = [];
  /** By term number: its hash, and where its letters lie in {@link letters}, as `[start, end)`. */
  private hashes = new Int32Array(1024);
  private letterStarts = new Int32Array(1024);
  private letterEnds = new Int32Array(1024);
  /** Every term's letters, one after the other. */
  private letters = new Uint16Array(1 << 14);
  private lettersUsed = 0;
  /** Open addressing: each slot holds a term's number plus one, 0 when empty. */
  private slots = new Int32Array(1 << 12);
  /**
   * The text being read, as UTF-16 code units. A typed array is read several times faster than a
   * string cut out of a file with `charCodeAt`, and Node copies a string into one at once.
   */
  private units = new Uint16Array(1 << 12);
  private unitBytes = Buffer.from(this.units.buffer);
  /** A compound's parts between joiners, as `[start, end, hash, letters]` each. */
  private parts = new Int32Array(64);

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
    const units = this.load(text);
    let wordStart = -1;
    let hash = 0;
    let letters = 0;
    let joiners = 0;
    for (let index = 0, length = text.length; index <= length; index++) {
      const code = index < length ? (units[index] ?? 0) : 0x20;
      const kind = KIND[code];
      if (kind === LETTER) {
        if (wordStart < 0) {
          wordStart = index;
          hash = letters = joiners = 0;
        }
        hash = mix(hash, FOLDED[code] ?? 0);
        letters++;
      } else if (kind === JOINER) {
        if (wordStart < 0) {
          wordStart = index;
          hash = letters = joiners = 0;
        }
        joiners++;
      } else if (kind === SEPARATOR && wordStart >= 0) {
        if (letters >= SHORTEST_TERM) visit(this.idOfWord(wordStart, index, hash, letters));
        if (joiners > 0) this.visitParts(wordStart, index, visit);
        wordStart = -1;
      }
      // A dropped character is neither part of a word nor a break in one.
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
      if (id === NO_TERM) {
        const start = this.lettersUsed;
        for (let index = 0; index < term.length; index++) this.keepLetter(term.charCodeAt(index));
        return this.add(term, hash, slot, start);
      }
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** Copies the text into {@link units}, and returns them. */
  private load(text: string): Uint16Array {
    if (text.length > this.units.length) {
      this.units = new Uint16Array(Math.max(text.length, this.units.length * 2));
      this.unitBytes = Buffer.from(this.units.buffer);
    }
    const units = this.units;
    if (LITTLE_ENDIAN) this.unitBytes.write(text, 0, "utf16le");
    else for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
    return units;
  }

  /** A compound's parts between its joiners, when it has more than one. */
  private visitParts(start: number, end: number, visit: (id: number) => void): void {
    const units = this.units;
    let count = 0;
    let partStart = start;
    let hash = 0;
    let letters = 0;
    for (let index = start; index <= end; index++) {
      const code = units[index] ?? 0;
      const kind = index < end ? KIND[code] : JOINER;
      if (kind === LETTER) {
        hash = mix(hash, FOLDED[code] ?? 0);
        letters++;
      } else if (kind === JOINER) {
        if (letters > 0) {
          // Stored one by one: an array literal to copy from, made for every part of every
          // compound, took a fifth of the Persian index's time.
          if (count * 4 === this.parts.length) this.parts = doubled(this.parts);
          const parts = this.parts;
          parts[count * 4] = partStart;
          parts[count * 4 + 1] = index;
          parts[count * 4 + 2] = hash;
          parts[count * 4 + 3] = letters;
          count++;
        }
        partStart = index + 1;
        hash = letters = 0;
      }
    }
    if (count < 2) return;
    const parts = this.parts;
    for (let part = 0; part < count * 4; part += 4) {
      const partLetters = parts[part + 3] ?? 0;
      if (partLetters >= SHORTEST_TERM) visit(this.idOfWord(parts[part] ?? 0, parts[part + 1] ?? 0, parts[part + 2] ?? 0, partLetters));
    }
  }

  /** The number of the folded word in {@link units} between `start` and `end`, which holds `length` letters. */
  private idOfWord(start: number, end: number, hash: number, length: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id === NO_TERM) return this.addWord(start, end, hash, slot);
      if (this.hashes[id] === hash && (this.letterEnds[id] ?? 0) - (this.letterStarts[id] ?? 0) === length && this.isWord(id, start, end)) return id;
    }
  }

  /** Whether term `id` is the folded word in {@link units} between `start` and `end`. */
  private isWord(id: number, start: number, end: number): boolean {
    const units = this.units;
    const letters = this.letters;
    let at = this.letterStarts[id] ?? 0;
    for (let index = start; index < end; index++) {
      const code = units[index] ?? 0;
      if (KIND[code] === LETTER && letters[at++] !== FOLDED[code]) return false;
    }
    return true;
  }

  private addWord(start: number, end: number, hash: number, slot: number): number {
    const letterStart = this.lettersUsed;
    for (let index = start; index < end; index++) {
      const code = this.units[index] ?? 0;
      if (KIND[code] === LETTER) this.keepLetter(FOLDED[code] ?? 0);
    }
    return this.add(stringOf(this.letters.subarray(letterStart, this.lettersUsed)), hash, slot, letterStart);
  }

  private keepLetter(code: number): void {
    if (this.lettersUsed === this.letters.length) this.letters = doubled(this.letters);
    this.letters[this.lettersUsed++] = code;
  }

  /** Records a new term, whose letters were just kept from `letterStart` on. */
  private add(term: string, hash: number, slot: number, letterStart: number): number {
    const id = this.terms.length;
    if (id === this.hashes.length) {
      this.hashes = doubled(this.hashes);
      this.letterStarts = doubled(this.letterStarts);
      this.letterEnds = doubled(this.letterEnds);
    }
    this.terms.push(term);
    this.hashes[id] = hash;
    this.letterStarts[id] = letterStart;
    this.letterEnds[id] = this.lettersUsed;
    this.slots[slot] = id + 1;
    // Kept at most half full, so a lookup seldom looks past its first slot.
    if (this.terms.length * 2 > this.slots.length) this.growSlots();
    return id;
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** The most characters given to `String.fromCharCode` at once: each is an argument on the stack. */
const CHARACTERS_PER_CALL = 8192;

/** UTF-16 code units as a string, a word of any length. */
function stringOf(units: Uint16Array): string {
  let text = "";
  for (let start = 0; start < units.length; start += CHARACTERS_PER_CALL) text += String.fromCharCode(...units.subarray(start, start + CHARACTERS_PER_CALL));
  return text;
}

/** One step of FNV-1a over a folded character. */
function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
