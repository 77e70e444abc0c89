/**
 * The lines an editor adds to a registry file for a key it does not have yet: the fields each
 * registry asks of an entry (schema.ts), in both languages, with dots where the names go.
 */
import type { RegistryName } from "./schema.ts";

/** Each registry's fields in one language, as an entry writes them. */
const FIELDS: Readonly<Record<RegistryName, string>> = {
  people: "{ name: …, role: … }",
  organizations: "{ name: …, short: … }",
  venues: "{ name: …, country: … }",
  topics: "{ name: … }",
};

/**
 * The YAML lines of a new entry, to add at the end of `<registry>.yaml`.
 * @example registryEntryLines("topics", "cybersecurity") // ["cybersecurity:", "  fa: { name: … }", "  en: { name: … }"]
 */
export function registryEntryLines(registry: RegistryName, key: string): string[] {
  const lines = [`${key}:`, `  fa: ${FIELDS[registry]}`, `  en: ${FIELDS[registry]}`];
  if (registry === "organizations") lines.push("  # url: https://…   (its website, if it has one)");
  return lines;
}
