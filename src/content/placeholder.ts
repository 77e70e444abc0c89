/**
 * The body `npm run new` writes. The build refuses a report that still holds it, so a scaffold
 * cannot be published by mistake.
 */
export const NEW_REPORT_PLACEHOLDER = "[khabar: replace this line with the text of the report]";

/**
 * The line of the placeholder in a body, or undefined.
 * @example placeholderLine("Intro\n[khabar: replace this line with the text of the report]\n") // 2
 */
export function placeholderLine(body: string): number | undefined {
  const index = body.split("\n").findIndex((line) => line.includes(NEW_REPORT_PLACEHOLDER));
  return index === -1 ? undefined : index + 1;
}
