/**
 * The photos reports name, checked with the content folder's files: each must be there and be a
 * photo (by content, not by name; never an SVG). A lead photo narrower than the widest version
 * khabar makes is a warning: it is shown, but soft on wide screens and in shared cards.
 */
import { PICTURE_WIDTHS } from "../images/renditions.ts";
import { FRONTMATTER_FIRST_LINE } from "./frontmatter.ts";
import type { MediaFile, MediaFolder } from "./media-folder.ts";
import type { Problem } from "./problem.ts";
import type { Report } from "./report.ts";
import type { SiteSettings } from "./schema.ts";
import { parseYamlSource } from "./yaml-source.ts";

/** The width a lead photo should have at least: the widest version made of it. */
export const LEAD_PHOTO_MIN_WIDTH = PICTURE_WIDTHS.at(-1) ?? 1200;

/** A report whose own file is valid, with its frontmatter, where a problem found with the other files (its lead photo's) finds its line. */
export interface ReportWithFrontmatter {
  readonly report: Report;
  readonly frontmatter: string;
}

/** The photos of the site by their path below `content/media/`, and the problems found. */
export interface CheckedImages {
  readonly media: ReadonlyMap<string, MediaFile>;
  readonly problems: readonly Problem[];
}

/**
 * Checks every photo that the reports and `site.yaml` name.
 * @example checkImages(reports, site, mediaFolder("content"), "content/_data/site.yaml").problems // [] when every photo is there
 */
export function checkImages(
  reports: readonly ReportWithFrontmatter[],
  site: SiteSettings | undefined,
  folder: MediaFolder | undefined,
  sitePath: string,
): CheckedImages {
  const media = new Map<string, MediaFile>();
  const problems: Problem[] = [];
  const check = (src: string, where: { file: string; line: () => number | undefined; field: string }): MediaFile | undefined => {
    const lookup = folder?.find(src) ?? { ok: false, reason: "cannot be read: this command reads no photos" };
    if (lookup.ok) {
      media.set(src, lookup.file);
      return lookup.file;
    }
    problems.push({ file: where.file, line: where.line(), field: where.field, message: lookup.reason, severity: "error" });
    return undefined;
  };
  for (const { report, frontmatter } of reports) {
    if (report.image !== undefined) {
      const line = () => parseYamlSource(frontmatter, FRONTMATTER_FIRST_LINE).lineOf(["image", "src"]);
      const lead = check(report.image.src, { file: report.file, line, field: "image.src" });
      if (lead !== undefined && lead.facts.width < LEAD_PHOTO_MIN_WIDTH) {
        problems.push({
          file: report.file,
          line: line(),
          field: "image.src",
          message: `the lead photo is ${lead.facts.width} pixels wide; give one at least ${LEAD_PHOTO_MIN_WIDTH} wide, or it looks soft on wide screens and when shared`,
          severity: "warning",
        });
      }
    }
    for (const image of report.bodyImages) check(image.src, { file: report.file, line: () => image.line, field: "image" });
  }
  if (site?.image !== undefined) check(site.image.src, { file: sitePath, line: () => undefined, field: "image.src" });
  return { media, problems };
}
