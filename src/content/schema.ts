/**
 * The single truth for what authors write: report frontmatter, the registries and `site.yaml`.
 * Each schema also gives the TypeScript type of its parsed value. Cross-file rules (registry keys
 * exist, slugs are unique, a `lang` agrees with its folder) live in `parse-content.ts`.
 */
import { z } from "zod";
import { mediaPathOf, mediaPathProblem } from "./media-path.ts";
import { parseGregorianDate, parseJalaliDate, type ReportDateResult } from "../dates/report-date.ts";

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a value is, for "expected …, got …" messages. */
function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value}"`;
  return `${String(value)} (a ${typeof value})`;
}

function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? "is required" : `expected ${what}, got ${describeValue(issue.input)}`;
}

/** Plain text on one or more lines: never markup, never empty. */
function plainText(what = "plain text") {
  return z.string({ error: expected(what) }).trim().min(1, { error: "must not be empty" });
}

/** A key into a registry: lowercase ASCII letters, digits and single hyphens. */
function registryKey(what: string) {
  return z.string({ error: expected(what) }).regex(KEY_PATTERN, {
    error: (issue) => `expected ${what} (lowercase ASCII letters, digits and hyphens), got ${describeValue(issue.input)}`,
  });
}

const webAddress = z.url({
  protocol: /^https?$/,
  error: (issue) => (issue.input === undefined ? "is required" : `expected an http:// or https:// address, got ${describeValue(issue.input)}`),
});

/**
 * A photo's path below `content/media/`, e.g. `2025/itu-baku.jpg`; `/media/2025/itu-baku.jpg`, as a
 * report body writes it, is the same photo. Never out of the folder, never an address.
 */
export const mediaPath = z
  .string({ error: expected("a path below content/media/, e.g. 2025/itu-baku.jpg") })
  .transform((text, ctx) => {
    const path = mediaPathOf(text.trim());
    const reason = mediaPathProblem(path);
    if (reason === undefined) return path;
    ctx.addIssue({ code: "custom", message: `expected a path below content/media/, e.g. 2025/itu-baku.jpg, got ${describeValue(text)}: ${reason}` });
    return z.NEVER;
  });

/** The lead photo: the file, and in the report's language what it shows, a caption and a credit. */
const leadImage = z.strictObject(
  {
    src: mediaPath,
    alt: plainText("what the photo shows, for readers who cannot see it"),
    caption: plainText("a caption as plain text").optional(),
    credit: plainText("the photographer or agency").optional(),
  },
  { error: expected("{ src, alt, caption, credit } of the lead photo") },
);

function dateText(parse: (text: string) => ReportDateResult, example: string) {
  return z.string({ error: expected(`a date as text, e.g. ${example} (quote it)`) }).transform((text, ctx) => {
    const result = parse(text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.date;
  });
}

/** Fields of a report's frontmatter (contract §2). Unknown fields are errors. */
export const reportFrontmatterSchema = z.strictObject({
  title: plainText("the headline as plain text"),
  date: dateText(parseGregorianDate, '"2025-11-18"').optional(),
  jdate: dateText(parseJalaliDate, '"1404-08-27"').optional(),
  minister: registryKey("a key in people.yaml"),
  organization: registryKey("a key in organizations.yaml").optional(),
  counterpart: registryKey("a key in people.yaml").optional(),
  venue: registryKey("a key in venues.yaml").optional(),
  event: plainText("the event's name as plain text").optional(),
  topics: z.array(registryKey("a key in topics.yaml"), { error: expected("a list of keys in topics.yaml, e.g. [ai, 5g]") }).optional(),
  summary: plainText("one or two sentences of plain text").optional(),
  image: leadImage.optional(),
  source: z
    .strictObject(
      { name: plainText("the source's name"), url: webAddress.optional() },
      { error: expected("{ name, url } of the original report") },
    )
    .optional(),
  translationKey: registryKey("a translation key").optional(),
  draft: z.boolean({ error: expected("true or false") }).optional(),
  lang: z.enum(["fa", "en"], { error: expected("fa or en") }).optional(),
});

export type ReportFrontmatter = z.output<typeof reportFrontmatterSchema>;

function bilingual<Shape extends z.ZodRawShape>(shape: Shape) {
  const perLanguage = z.strictObject(shape, { error: expected("a mapping") });
  return { fa: perLanguage, en: perLanguage };
}

function registry<Entry extends z.ZodType>(entry: Entry) {
  return z.record(registryKey("an entry key"), entry, { error: expected("a mapping of keys to entries") });
}

const entryError = { error: expected("a mapping with `fa` and `en`") };

/** `people.yaml`: ministers and the people they meet. */
export const peopleSchema = registry(
  z.strictObject(bilingual({ name: plainText("a name"), role: plainText("a role") }), entryError),
);
/** `organizations.yaml`: the ITU, the APT, ministries and agencies. */
export const organizationsSchema = registry(
  z.strictObject(
    { ...bilingual({ name: plainText("a name"), short: plainText("a short name") }), url: webAddress.optional() },
    entryError,
  ),
);
/** `venues.yaml`: cities and venues. */
export const venuesSchema = registry(
  z.strictObject(bilingual({ name: plainText("a name"), country: plainText("a country") }), entryError),
);
/** `topics.yaml`: the topics reports are filed under. */
export const topicsSchema = registry(z.strictObject(bilingual({ name: plainText("a name") }), entryError));

/** `site.yaml`: the site's name, description and publisher per language, its address and default language. */
export const siteSchema = z.strictObject(
  {
    url: webAddress,
    /** The picture shared for pages without a photo of their own. */
    image: z
      .strictObject(
        { src: mediaPath, ...bilingual({ alt: plainText("what the picture shows, for readers who cannot see it") }) },
        { error: expected("{ src, fa: { alt }, en: { alt } } of the default picture") },
      )
      .optional(),
    defaultLanguage: z.enum(["fa", "en"], { error: expected("fa or en") }).default("fa"),
    ...bilingual({
      name: plainText("the site's name"),
      description: plainText("a one-sentence description"),
      publisher: plainText("the publisher's name"),
    }),
  },
  { error: expected("a mapping") },
);

export type Person = z.output<typeof peopleSchema>[string];
export type Organization = z.output<typeof organizationsSchema>[string];
export type Venue = z.output<typeof venuesSchema>[string];
export type Topic = z.output<typeof topicsSchema>[string];
export type SiteSettings = z.output<typeof siteSchema>;

/** The four registries, as `_data/<name>.yaml`. */
export const REGISTRY_SCHEMAS = {
  people: peopleSchema,
  organizations: organizationsSchema,
  venues: venuesSchema,
  topics: topicsSchema,
} as const;

export type RegistryName = keyof typeof REGISTRY_SCHEMAS;

export interface Registries {
  readonly people: Readonly<Record<string, Person>>;
  readonly organizations: Readonly<Record<string, Organization>>;
  readonly venues: Readonly<Record<string, Venue>>;
  readonly topics: Readonly<Record<string, Topic>>;
}
