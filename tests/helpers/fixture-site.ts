/**
 * Small content folders for build tests, written to a temporary directory.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const FIXTURE_SITE_YAML = `url: https://news.example.test
defaultLanguage: fa
fa:
  name: اخبار آزمایشی
  description: پایگاه آزمایشی خبر
  publisher: وزارت آزمایش
en:
  name: Test News
  description: A test news site
  publisher: Ministry of Testing
`;

export const FIXTURE_REGISTRIES: Readonly<Record<string, string>> = {
  "people.yaml": `sattar-hashemi:
  fa: { name: سید ستار هاشمی, role: وزیر ارتباطات و فناوری اطلاعات }
  en: { name: Seyed Sattar Hashemi, role: Minister of ICT }
doreen-bogdan-martin:
  fa: { name: دورین بوگدان مارتین, role: دبیرکل اتحادیه بین‌المللی مخابرات }
  en: { name: Doreen Bogdan-Martin, role: ITU Secretary-General }
`,
  "organizations.yaml": `itu:
  fa: { name: اتحادیه بین‌المللی مخابرات, short: ITU }
  en: { name: International Telecommunication Union, short: ITU }
  url: https://www.itu.int
`,
  "venues.yaml": `baku:
  fa: { name: باکو, country: جمهوری آذربایجان }
  en: { name: Baku, country: Azerbaijan }
`,
  "topics.yaml": `ai:
  fa: { name: هوش مصنوعی }
  en: { name: Artificial intelligence }
`,
};

/**
 * A report file's text from frontmatter lines and a body.
 * @example reportText(["title: A", 'date: "2025-11-18"', "minister: sattar-hashemi"], "Body.")
 */
export function reportText(frontmatter: readonly string[], body = "The report's text."): string {
  return `---\n${frontmatter.join("\n")}\n---\n${body}\n`;
}

/**
 * Writes a content folder: the fixture registries plus the given files (paths relative to the folder).
 * @example writeFixtureSite({ "fa/news/2025/a.md": reportText([...]) }) // "/tmp/khabar-fixture-XXXX/content"
 */
export function writeFixtureSite(files: Readonly<Record<string, string>>, base?: string): string {
  const root = base ?? mkdtempSync(join(tmpdir(), "khabar-fixture-"));
  const content = join(root, "content");
  const all: Record<string, string> = { "_data/site.yaml": FIXTURE_SITE_YAML, ...prefixed(FIXTURE_REGISTRIES, "_data/"), ...files };
  for (const [path, text] of Object.entries(all)) {
    const target = join(content, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return content;
}

function prefixed(files: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${prefix}${name}`, text]));
}
