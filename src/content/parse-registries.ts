/**
 * Parsing `_data/site.yaml` and the four registries, with every problem found.
 */
import type { z } from "zod";
import { controlCharacterLines } from "./control-characters.ts";
import type { MediaFolder } from "./media-folder.ts";
import type { Problem } from "./problem.ts";
import { REGISTRY_SCHEMAS, siteSchema, type Registries, type RegistryName, type SiteSettings } from "./schema.ts";
import { schemaProblems } from "./schema-problems.ts";
import type { SourceFile } from "./source-file.ts";
import { escapedControlCharacterLines } from "./yaml-escapes.ts";
import { bidiControlLines, parseYamlSource } from "./yaml-source.ts";

interface Parsed<T> {
  readonly value: T | undefined;
  readonly problems: Problem[];
}

/**
 * Parses a YAML data file against a schema. With `entryWise`, a registry is checked entry by entry and
 * keeps its valid entries, so one broken entry does not make every other key "unknown".
 * @example parseDataFile({ path: "content/_data/topics.yaml", text: "ai:\n  fa: { name: هوش مصنوعی }\n" }, topicsSchema)
 * // { value: undefined, problems: [{ file: "content/_data/topics.yaml", line: 1, field: "ai.en", message: "is required" }] }
 */
export function parseDataFile<S extends z.ZodType>(file: SourceFile, schema: S, { entryWise = false } = {}): Parsed<z.output<S>> {
  if (file.unreadable !== undefined) return { value: undefined, problems: [{ file: file.path, field: "file", message: file.unreadable, severity: "error" }] };
  const source = parseYamlSource(file.text);
  const lineProblems = [
    ...bidiControlLines(file.text),
    ...controlCharacterLines(file.text),
    ...escapedControlCharacterLines(file.text, source.value),
  ];
  const problems: Problem[] = lineProblems.map(({ line, message }) => ({
    file: file.path,
    line,
    field: source.topLevelKeyAt(line) ?? "file",
    message,
    severity: "error",
  }));
  if (source.syntaxErrors.length > 0) {
    for (const { line, message } of source.syntaxErrors) {
      problems.push({ file: file.path, line, field: "yaml", message: `invalid YAML: ${message}`, severity: "error" });
    }
    return { value: undefined, problems };
  }
  const value = source.value ?? {};
  if (entryWise && isMapping(value)) return parseEntryWise(file, schema, value, source, problems);
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, { file: file.path, source, schema }));
    return { value: undefined, problems };
  }
  return { value: problems.length === 0 ? result.data : undefined, problems };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseEntryWise<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  value: Record<string, unknown>,
  source: ReturnType<typeof parseYamlSource>,
  problems: Problem[],
): Parsed<z.output<S>> {
  const entries: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const result = schema.safeParse({ [key]: entry }, { reportInput: true });
    if (result.success) Object.assign(entries, result.data);
    else problems.push(...schemaProblems(result.error.issues, { file: file.path, source, schema }));
  }
  return { value: entries as z.output<S>, problems };
}

export interface DataSources {
  readonly site: SourceFile | undefined;
  readonly registries: Readonly<Record<RegistryName, SourceFile | undefined>>;
  /** Where `_data/` is, for "missing file" messages. */
  readonly dataDir: string;
  /** The photos of `content/media/`; a command that reads none (or a test) leaves it out, and any photo named is then a problem. */
  readonly media?: MediaFolder | undefined;
}

export interface ParsedData {
  readonly site: SiteSettings | undefined;
  readonly registries: Registries;
  readonly problems: Problem[];
}

/**
 * Parses the site settings and all registries; a missing registry is empty, a missing `site.yaml` an error.
 * @example parseData(sources).registries.people["sattar-hashemi"].en.name // "Seyed Sattar Hashemi"
 */
export function parseData(sources: DataSources): ParsedData {
  const problems: Problem[] = [];
  let site: SiteSettings | undefined;
  if (sources.site === undefined) {
    problems.push({ file: `${sources.dataDir}/site.yaml`, field: "file", message: "is missing: the site needs its name, description, publisher and url", severity: "error" });
  } else {
    const parsed = parseDataFile(sources.site, siteSchema);
    site = parsed.value;
    problems.push(...parsed.problems);
  }
  const registry = <T>(name: RegistryName, schema: z.ZodType<Record<string, T>>): Record<string, T> => {
    const file = sources.registries[name];
    if (file === undefined) return {};
    const parsed = parseDataFile(file, schema, { entryWise: true });
    problems.push(...parsed.problems);
    return parsed.value ?? {};
  };
  const registries: Registries = {
    people: registry("people", REGISTRY_SCHEMAS.people),
    organizations: registry("organizations", REGISTRY_SCHEMAS.organizations),
    venues: registry("venues", REGISTRY_SCHEMAS.venues),
    topics: registry("topics", REGISTRY_SCHEMAS.topics),
  };
  return { site, registries, problems };
}

/** Which registry a report field refers to. */
export const REGISTRY_OF_FIELD = {
  minister: "people",
  counterpart: "people",
  organization: "organizations",
  venue: "venues",
  topics: "topics",
} as const satisfies Record<string, RegistryName>;
