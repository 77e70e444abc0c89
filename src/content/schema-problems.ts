/**
 * Turning a schema's complaints into khabar problems that name the file, line and field.
 */
import { z } from "zod";
import { didYouMean } from "./nearest-key.ts";
import type { Problem } from "./problem.ts";
import type { YamlSource } from "./yaml-source.ts";

/** Messages for fields that exist elsewhere but are refused here, instead of "unknown field". */
const REFUSED_FIELDS: Readonly<Record<string, string>> = {
  permalink: "is not accepted: report URLs are derived from the file name (the slug)",
  layout: "is not accepted: every report uses the report layout",
};

export interface SchemaProblemContext {
  readonly file: string;
  readonly source: YamlSource;
  /** The schema the value was checked against, for suggesting the intended field. */
  readonly schema: z.ZodType;
}

/**
 * One problem per schema issue; an unknown-keys issue becomes one problem per unknown key.
 * @example schemaProblems(issues, ctx) // [{ file, line: 4, field: "minster", message: 'unknown field (did you mean "minister"?)' }]
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], context: SchemaProblemContext): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const message = REFUSED_FIELDS[key] ?? `unknown field${didYouMean(key, fieldsAt(context.schema, path))}`;
        return problem(context, [...path, key], message);
      });
    }
    if (issue.code === "invalid_key") {
      // A record's key that breaks the key rule: the rule's own message is in the nested issues.
      return [problem(context, path, issue.issues[0]?.message ?? issue.message)];
    }
    return [problem(context, path, issue.message)];
  });
}

function problem(context: SchemaProblemContext, path: readonly (string | number)[], message: string): Problem {
  return {
    file: context.file,
    line: context.source.lineOf(path),
    field: path.length === 0 ? "file" : path.join("."),
    message,
    severity: "error",
  };
}

/**
 * The field names an object schema accepts at a path (records and lists are stepped through).
 * @example fieldsAt(reportFrontmatterSchema, ["source"]) // ["name", "url"]
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject) current = (current.shape as Record<PropertyKey, z.ZodType>)[segment];
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
    current = current && unwrap(current);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}
