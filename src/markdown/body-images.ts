/**
 * Images in a report body, `![alt](/media/2025/itu-baku.jpg)`, found as markdown-it reads them (a
 * reference-style image and one inside a list are images too), with the line each stands on.
 */
import type { Lang } from "../i18n/locales.ts";
import { markdownFor } from "./render-markdown.ts";
import { writtenImageSource } from "./written-image-source.ts";

/** An image a body shows. */
export interface BodyImageReference {
  /** The address as written, e.g. `/media/2025/itu-baku.jpg` (markdown-it's %-encoding undone). */
  readonly src: string;
  readonly alt: string;
  /** The line of the body it stands on, from 1. */
  readonly line: number;
}

/**
 * The images of a body, in order; a body without `![` is not parsed at all.
 * @example bodyImageReferences("Text\n\n![The minister](/media/a.jpg)\n", "en") // [{ src: "/media/a.jpg", alt: "The minister", line: 3 }]
 */
export function bodyImageReferences(markdown: string, lang: Lang): BodyImageReference[] {
  if (!markdown.includes("![")) return [];
  const md = markdownFor(lang);
  const references: BodyImageReference[] = [];
  for (const block of md.parse(markdown, {})) {
    if (block.type !== "inline") continue;
    for (const child of block.children ?? []) {
      if (child.type !== "image") continue;
      references.push({ src: writtenImageSource(child), alt: md.renderer.renderInlineAsText(child.children ?? [], md.options, {}), line: (block.map?.[0] ?? 0) + 1 });
    }
  }
  return references;
}
