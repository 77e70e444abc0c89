/**
 * JSON that can stand inside a `<script>` element whatever its strings hold.
 */

/**
 * Serialises a value so that no `</script>`, `<!--` or line separator can end or break the script:
 * `<`, `>` and `&` and U+2028/U+2029 are written as `\u` escapes, which JSON parsers read back unchanged.
 * @example scriptSafeJson({ headline: "</script><b>" }) // '{"headline":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Most reports need no escape: testing first skips building a copy of every page's JSON-LD.
  if (!UNSAFE_IN_SCRIPT.test(json)) return json;
  return json.replace(UNSAFE_IN_SCRIPT_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;
const UNSAFE_IN_SCRIPT_ALL = /[<>&\u2028\u2029]/g;
