/**
 * The address of a Markdown image as its author wrote it.
 */
import type { Token } from "markdown-it";

/**
 * An image token's address as the author wrote it: markdown-it %-encodes what is not ASCII (a
 * Persian file name), and the site's tables are keyed by the written form.
 * @example writtenImageSource(token) // "/media/عکس.jpg" for a token whose src is "/media/%D8%B9%DA%A9%D8%B3.jpg"
 */
export function writtenImageSource(token: Token): string {
  const src = String(token.attrGet("src") ?? "");
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
