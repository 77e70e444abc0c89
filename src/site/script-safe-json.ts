/**
 * JSON that can stand inside a `<script>` element whatever its strings hold.
 */

/**
 * Serialises a value so that no `</script>`, `<!--` or line separator can end or break the script:
 * `<`, `>` and `&` and U+2028/U+2029 are written as `\u` escapes, which JSON parsers read back unchanged.
 * @example scriptSafeJson({ headline: "</script><b>" }) // '{"headline":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
