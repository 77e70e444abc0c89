/**
 * Markdown to HTML for report bodies: markdown-it with raw HTML off (author text never becomes
 * markup except through Markdown), typographic quotes in the page's language, and a body `#`
 * heading demoted to `<h2>` so the report's title stays the page's only `<h1>`.
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import type { Lang } from "../i18n/locales.ts";
import { pictureHtml, type PictureSources } from "../images/picture-html.ts";
import { writtenImageSource } from "./written-image-source.ts";

/** How wide a photo in the reading column is shown (khabar.css `--measure`, 42rem, less the page's gutters on a phone). */
export const READING_COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/** What a body's images are shown with: each photo's versions, by the address the body writes (`/media/…`). */
export interface MarkdownEnvironment {
  readonly pictures?: Readonly<Record<string, PictureSources>> | undefined;
}

/** Double and single quotes as each language writes them. */
const QUOTES: Readonly<Record<Lang, string>> = {
  fa: "«»‹›",
  en: "“”‘’",
};

const renderers = new Map<Lang, MarkdownIt>();

/**
 * The markdown-it instance for a language (made once, then reused).
 * @example markdownFor("fa").render('"سلام"') // "<p>«سلام»</p>\n"
 */
export function markdownFor(lang: Lang): MarkdownIt {
  let md = renderers.get(lang);
  if (md === undefined) {
    md = markdownIt({ html: false, linkify: true, typographer: true, quotes: QUOTES[lang] });
    md.core.ruler.push("demote_h1", (state: StateCore) => {
      for (const token of state.tokens) {
        if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
      }
    });
    // A photo of the content folder becomes a `<picture>` of its processed versions, loaded when
    // scrolled near; any other image keeps markdown-it's `<img>` (the content check refuses them).
    const defaultImage = md.renderer.rules.image;
    md.renderer.rules.image = (tokens, index, options, env, self) => {
      const token = tokens[index];
      const pictures = (env as MarkdownEnvironment | undefined)?.pictures;
      const picture = token === undefined ? undefined : pictures?.[writtenImageSource(token)];
      if (token === undefined || picture === undefined) return defaultImage === undefined ? "" : defaultImage(tokens, index, options, env, self);
      return pictureHtml(picture, { alt: self.renderInlineAsText(token.children ?? [], options, env), sizes: READING_COLUMN_SIZES, loading: "lazy" });
    };
    renderers.set(lang, md);
  }
  return md;
}

const quoteSetters = new Map<Lang, MarkdownIt>();

/**
 * Plain text with the quotes a body gets in the language: straight double and single quotes paired
 * as “ ” ‘ ’ (English) or « » ‹ › (Persian), an apostrophe as ’, by markdown-it's typographer.
 * Nothing else is read as Markdown or changed: `*`, `[…](…)`, `&amp;`, `\` and `--` stay as written.
 * @example typographicQuotes("Pakistan's minister said \"we agree\"", "en") // "Pakistan’s minister said “we agree”"
 */
export function typographicQuotes(text: string, lang: Lang): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let md = quoteSetters.get(lang);
  if (md === undefined) {
    // The "zero" preset reads inline text as text alone; of the typographer, only the quotes.
    md = markdownIt("zero", { typographer: true, quotes: QUOTES[lang] }).enable("smartquotes").disable("normalize");
    quoteSetters.set(lang, md);
  }
  return md
    .parseInline(text, {})
    .flatMap((token: Token) => token.children ?? [])
    .map((child: Token) => child.content)
    .join("");
}

/**
 * Renders a report body, its photos as `<picture>`s of the versions given.
 * @example renderMarkdown("# Lead\n\nText", "en") // "<h2>Lead</h2>\n<p>Text</p>\n"
 */
export function renderMarkdown(markdown: string, lang: Lang, environment: MarkdownEnvironment = {}): string {
  return markdownFor(lang).render(markdown, { ...environment });
}

/** A link reference definition (`[id]: url`) can sit anywhere and change how earlier text reads. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * The first paragraph of a body as plain text, for a summary when the author gave none: a lead
 * line of plain text as it is, any other lead as markdown-it reads it ({@link parsedFirstParagraphText}).
 * @example firstParagraphText("## Head\n\nFirst *one*.\n\nSecond.", "en") // "First one."
 */
export function firstParagraphText(markdown: string, lang: Lang): string {
  return plainLeadParagraph(markdown) ?? parsedFirstParagraphText(markdown, lang);
}

/**
 * The first paragraph of a body as plain text, as markdown-it parses it. Only the body's opening
 * blocks are parsed when they hold a paragraph: first the text up to the first blank line, then up
 * to a later one, each time about twice as far. A blank line ends any paragraph, so what follows
 * cannot change one found before it, and a report is not parsed twice just for its lead.
 * @example parsedFirstParagraphText("## Head\n\nFirst *one*.\n\nSecond.", "en") // "First one."
 */
export function parsedFirstParagraphText(markdown: string, lang: Lang): string {
  // The cheap test first: without "]:" there is no definition, and the regular expression need not
  // try every line of the body.
  if (!markdown.includes("]:") || !REFERENCE_DEFINITION.test(markdown)) {
    for (let blankLine = markdown.indexOf("\n\n"); blankLine !== -1; blankLine = markdown.indexOf("\n\n", blankLine * 2 + 2)) {
      const lead = firstParagraphIn(markdownFor(lang).parse(markdown.slice(0, blankLine), {}));
      if (lead !== undefined) return lead;
    }
  }
  return firstParagraphIn(markdownFor(lang).parse(markdown, {})) ?? "";
}

/**
 * A line that markdown-it reads as a paragraph of plain text and leaves as it is: it starts with a
 * letter, so it opens no other block, and holds none of the characters where an inline rule, the
 * typographer's quotes and replacements, or linkify's addresses begin (`:`, `/`, `@`), nor any
 * line break or character that markdown-it normalises.
 */
const PLAIN_LINE = /^\p{L}[^\n\r\0!"#$%&'*+\-/:<=>@[\\\]^_`{|}~]*$/u;
/** What the typographer replaces in plain text, and a full stop that could start an address (`iran.it`). */
const CHANGED_IN_PLAIN_LINE = /,,|\?\?\?\?|\((?:c|tm|r)\)|\.(?!\s|$)/i;

/**
 * The lead paragraph as plain text when it is one line that markdown-it would give back unchanged,
 * as the leads of most reports are; else undefined, and the lead is parsed. At 4,000 report pairs,
 * parsing every lead took a third of a second.
 * @example plainLeadParagraph("The minister met the ITU chief.\n\n## Talks") // "The minister met the ITU chief."
 */
function plainLeadParagraph(markdown: string): string | undefined {
  const blankLine = markdown.indexOf("\n\n");
  const lead = blankLine === -1 ? markdown : markdown.slice(0, blankLine);
  return PLAIN_LINE.test(lead) && !CHANGED_IN_PLAIN_LINE.test(lead) ? lead.trim() : undefined;
}

/** The text of the first paragraph among the tokens, if there is one. */
function firstParagraphIn(tokens: readonly Token[]): string | undefined {
  const open = tokens.findIndex((token: Token) => token.type === "paragraph_open");
  if (open === -1) return undefined;
  const inline = tokens[open + 1];
  if (inline === undefined || inline.type !== "inline") return "";
  return (inline.children ?? [])
    .map((child: Token) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" ? " " : ""))
    .join("")
    .trim();
}
