import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeContentFile, readContentFile, SINGLE_BYTE_MESSAGE, UTF16_MESSAGE } from "../../src/content/read-content-file.ts";

const REPORT = "---\ntitle: دیدار وزیر\n---\nمتن گزارش.\n";

describe("decodeContentFile", () => {
  it("decodes UTF-8, Persian included", () => {
    expect(decodeContentFile(Buffer.from(REPORT, "utf8"))).toEqual({ text: REPORT });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeContentFile(Buffer.from(`\uFEFF${REPORT}`, "utf8"))).toEqual({ text: REPORT });
  });

  it("refuses UTF-16 with either byte-order mark", () => {
    expect(decodeContentFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, "utf16le")]))).toEqual({ text: "", unreadable: UTF16_MESSAGE });
    expect(decodeContentFile(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(REPORT, "utf16le").swap16()]))).toEqual({ text: "", unreadable: UTF16_MESSAGE });
  });

  it("refuses UTF-16 without a byte-order mark by its NULs in alternating positions, though ASCII in UTF-16 is valid UTF-8", () => {
    expect(decodeContentFile(Buffer.from("---\ntitle: A\n---\nText.\n", "utf16le"))).toEqual({ text: "", unreadable: UTF16_MESSAGE });
    expect(decodeContentFile(Buffer.from(REPORT, "utf16le").swap16())).toEqual({ text: "", unreadable: UTF16_MESSAGE });
  });

  it("refuses Latin-1 and Windows-1256 bytes as a single-byte encoding", () => {
    expect(decodeContentFile(Buffer.from("---\ntitle: Café\n---\n", "latin1"))).toEqual({ text: "", unreadable: SINGLE_BYTE_MESSAGE });
    // "سلام" in Windows-1256.
    expect(decodeContentFile(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd3, 0xe1, 0xc7, 0xe3, 0x0a]))).toEqual({ text: "", unreadable: SINGLE_BYTE_MESSAGE });
  });

  it("refuses a UTF-8 file cut in the middle of a character", () => {
    expect(decodeContentFile(Buffer.from("سلام", "utf8").subarray(0, 3))).toEqual({ text: "", unreadable: SINGLE_BYTE_MESSAGE });
  });

  it("leaves a stray NUL in UTF-8 text to the control-character rule", () => {
    expect(decodeContentFile(Buffer.from("---\ntitle: a\u0000b\n---\nText.\n", "utf8"))).toEqual({ text: "---\ntitle: a\u0000b\n---\nText.\n" });
  });

  it("gives the messages in the form the problems print", () => {
    expect(UTF16_MESSAGE).toBe("is not UTF-8; it looks like UTF-16 — save it as UTF-8");
    expect(SINGLE_BYTE_MESSAGE).toBe("is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8");
  });
});

describe("readContentFile", () => {
  it("reads a file's bytes and decodes them strictly", () => {
    const dir = mkdtempSync(join(tmpdir(), "khabar-read-"));
    writeFileSync(join(dir, "good.md"), `\uFEFF${REPORT}`);
    writeFileSync(join(dir, "latin.md"), Buffer.from("café", "latin1"));
    expect(readContentFile(join(dir, "good.md"))).toEqual({ text: REPORT });
    expect(readContentFile(join(dir, "latin.md"))).toEqual({ text: "", unreadable: SINGLE_BYTE_MESSAGE });
  });
});
