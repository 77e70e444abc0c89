import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "../../src/site/script-safe-json.ts";

describe("scriptSafeJson", () => {
  it("writes < and > as \\u escapes so </script> cannot end the script", () => {
    expect(scriptSafeJson({ headline: "</script><b>" })).toBe('{"headline":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });

  it("writes & and an HTML comment opener as \\u escapes", () => {
    expect(scriptSafeJson({ a: "<!-- & -->" })).toBe('{"a":"\\u003c!-- \\u0026 --\\u003e"}');
  });

  it("writes the line and paragraph separators as \\u escapes", () => {
    expect(scriptSafeJson(["a\u2028b\u2029c"])).toBe('["a\\u2028b\\u2029c"]');
  });

  it("keeps quotes and backslashes as JSON escapes them", () => {
    expect(scriptSafeJson({ q: 'say "hi" \\ bye' })).toBe('{"q":"say \\"hi\\" \\\\ bye"}');
  });

  it("keeps Persian text and ZWNJ as they are", () => {
    expect(scriptSafeJson({ headline: "همکاری\u200cهای ایران" })).toBe('{"headline":"همکاری\u200cهای ایران"}');
  });

  it("contains no <, > or & whatever the value holds", () => {
    const json = scriptSafeJson({ title: '</script><script>alert("x")</script>&amp;', nested: ["<!--", { deeper: "-->" }] });
    expect(/[<>&]/.test(json)).toBe(false);
  });

  it("parses back to exactly the value it was given", () => {
    const value = { headline: '</script><b>"&', lines: "a\u2028b\u2029c", fa: "سه\u200cشنبه", n: 1404, ok: true, none: null };
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
  });
});
