/**
 * Reading one content file's text: its bytes decoded as strict UTF-8, so a file saved in another
 * encoding is refused by name instead of being read as garbled text (a Windows-1256 file decoded
 * leniently is a page of U+FFFD, and a UTF-16 one has a NUL between every two letters).
 */
import { readFileSync } from "node:fs";

/** A content file's text, or why it could not be read as text. */
export interface ContentFileText {
  /** The text without a byte-order mark; empty when the file is unreadable. */
  readonly text: string;
  /** Why the file is not read, as its problem's message; undefined for a readable file. */
  readonly unreadable?: string | undefined;
}

export const UTF16_MESSAGE = "is not UTF-8; it looks like UTF-16 — save it as UTF-8";
export const SINGLE_BYTE_MESSAGE = "is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8";

/** One decoder for every file: `fatal` throws at the first invalid byte; a UTF-8 byte-order mark is dropped. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** How many bytes from the start are looked at for UTF-16's NULs: enough for the frontmatter. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * Reads a content file as UTF-8 (report, data file, any other text khabar reads from the content folder).
 * @example readContentFile("content/_data/site.yaml").text.startsWith("url:") // true
 */
export function readContentFile(absolutePath: string): ContentFileText {
  return decodeContentFile(readFileSync(absolutePath));
}

/**
 * A file's bytes as text, or which encoding it seems to be in instead of UTF-8.
 * @example decodeContentFile(Buffer.from("\uFEFFtitle: A", "utf8")) // { text: "title: A" }
 * @example decodeContentFile(Buffer.from([0x74, 0xe9])).unreadable // "is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8"
 */
export function decodeContentFile(bytes: Uint8Array): ContentFileText {
  // UTF-16 is checked first: a UTF-16 file of ASCII letters is valid UTF-8, with NULs between them.
  if (looksLikeUtf16(bytes)) return { text: "", unreadable: UTF16_MESSAGE };
  try {
    return { text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { text: "", unreadable: SINGLE_BYTE_MESSAGE };
  }
}

/**
 * A UTF-16 byte-order mark (FF FE or FE FF), or NULs in alternating positions: in UTF-16, every
 * ASCII character (the frontmatter's keys, spaces, digits, line ends) has a zero byte beside it.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  if (bytes.indexOf(0) === -1) return false;
  const sample = Math.min(bytes.length, UTF16_SAMPLE_BYTES);
  const zeros = [0, 0];
  for (let index = 0; index < sample; index++) if (bytes[index] === 0) zeros[index % 2]!++;
  const [even = 0, odd = 0] = zeros;
  // Many of one parity's bytes are zero (Persian text has a space every few letters) and few of the
  // other's; a stray NUL or two is a control character to report, not UTF-16.
  const most = Math.max(even, odd);
  return most >= 2 && most >= sample / 2 / 16 && Math.min(even, odd) <= most / 8;
}
