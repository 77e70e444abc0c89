/**
 * Hostile and broken input: author text never becomes markup, bidi controls are refused where they
 * could disguise text while ZWNJ, LRM and RLM pass, control characters and files that are not UTF-8
 * fail the build by name, huge or pathological reports build or fail cleanly, and symbolic links
 * never pull outside files into the site.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { FIXTURE_REGISTRIES, reportText, writeFixtureSite } from "../helpers/fixture-site.ts";
import { REPO_ROOT, runScript, treeFingerprint } from "../helpers/run-cli.ts";
import { sampleBuild } from "../helpers/sample-site.ts";

const outDir = () => join(mkdtempSync(join(tmpdir(), "khabar-hostile-")), "dist");
const MINISTER = "minister: sattar-hashemi";

describe("author text", () => {
  it("never becomes markup, whether in a registry name, a summary, an event or the body", () => {
    const people = FIXTURE_REGISTRIES["people.yaml"]?.replace("Seyed Sattar Hashemi", "'<b onmouseover=alert(1)>Sattar</b>'") ?? "";
    const content = writeFixtureSite({
      "_data/people.yaml": people,
      "en/news/2025/x.md": reportText(
        ['title: "<img src=x onerror=alert(1)>"', 'date: "2025-11-18"', MINISTER, "summary: '<script>alert(1)</script>'", "event: '\"><svg onload=alert(1)>'"],
        "<iframe src=//evil.example></iframe>\n\n[click](javascript:alert(1)) ![x](javascript:alert(1))\n\n<a href=\"https://evil.example\">raw</a>",
      ),
    });
    const out = outDir();
    expect(runScript("build", ["--content", content, "--out", out]).status).toBe(0);
    for (const path of ["en/news/x/index.html", "en/people/sattar-hashemi/index.html", "en/index.html", "en/news/index.html"]) {
      const $ = load(readFileSync(join(out, path), "utf8"));
      expect($("body img, body iframe, body svg, body b, main script").length).toBe(0);
      expect($("[onerror], [onload], [onmouseover]").length).toBe(0);
      expect($('a[href^="javascript:"]').length).toBe(0);
    }
    const $ = load(readFileSync(join(out, "en/news/x/index.html"), "utf8"));
    expect($("h1").text()).toBe("<img src=x onerror=alert(1)>");
    expect($(".fact dd a").first().text()).toBe("<b onmouseover=alert(1)>Sattar</b>");
    expect($('meta[name="description"]').attr("content")).toBe("<script>alert(1)</script>");
    // Raw HTML stays text; linkify may still make the bare https address in it a link, which is harmless.
    expect($(".report__body").text()).toContain("<iframe src=//evil.example></iframe>");
    expect($(".report__body").text()).toContain("[click](javascript:alert(1))");
    expect($(".report__body a").map((_, a) => $(a).attr("href")).get()).toEqual(["https://evil.example"]);
  });
});

describe("bidi control characters", () => {
  it("are refused in a summary and a registry name, with file, line and field", () => {
    const topics = "ai:\n  fa: { name: هوش مصنوعی }\n  en: { name: \"Artificial \u202eintelligence\" }\n";
    const content = writeFixtureSite({
      "_data/topics.yaml": topics,
      "en/news/2025/x.md": reportText(["title: Fine", 'date: "2025-11-18"', MINISTER, "summary: \"a \u2066b\""]),
    });
    const at = relative(REPO_ROOT, content);
    const result = runScript("build", ["--content", content, "--out", outDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").slice(0, 2)).toEqual([
      `${at}/_data/topics.yaml:3: ai: contains the bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): remove it`,
      `${at}/en/news/2025/x.md:5: summary: contains the bidi control character U+2066 (LEFT-TO-RIGHT ISOLATE): remove it`,
    ]);
  });

  it("leave ZWNJ, LRM and RLM alone as ordinary Persian typography", () => {
    const title = "همکاری\u200cهای ایران و ITU\u200e در ۲۰۲۵\u200f";
    const content = writeFixtureSite({ "fa/news/2025/marks.md": reportText([`title: "${title}"`, 'date: "2025-11-18"', MINISTER], "متن.") });
    const out = outDir();
    expect(runScript("build", ["--content", content, "--out", out]).status).toBe(0);
    expect(load(readFileSync(join(out, "fa/news/marks/index.html"), "utf8"))("h1").text()).toBe(title);
  });
});

describe("large and pathological reports", () => {
  it("build a 5 MB report", () => {
    const paragraph = "وزیر ارتباطات و فناوری اطلاعات در دیدار با دبیرکل اتحادیه بین‌المللی مخابرات درباره همکاری‌ها گفت‌وگو کرد. ";
    const block = `${paragraph.repeat(8)}\n\n`;
    const body = block.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(block)));
    expect(Buffer.byteLength(body)).toBeGreaterThan(5 * 1024 * 1024);
    const content = writeFixtureSite({ "fa/news/2025/huge.md": reportText(["title: بزرگ", 'date: "2025-11-18"', MINISTER], body) });
    const out = outDir();
    const result = runScript("build", ["--content", content, "--out", out]);
    expect(result.stderr).toBe("");
    expect(readFileSync(join(out, "fa/news/huge/index.html")).length).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("build a report of 50,000 nested brackets as text", () => {
    const body = `${"[".repeat(50_000)}x${"]".repeat(50_000)} ${"(".repeat(50_000)} ${"*".repeat(50_000)}`;
    const content = writeFixtureSite({ "en/news/2025/brackets.md": reportText(["title: Brackets", 'date: "2025-11-18"', MINISTER], body) });
    const out = outDir();
    const result = runScript("build", ["--content", content, "--out", out]);
    expect(result.stderr).toBe("");
    const $ = load(readFileSync(join(out, "en/news/brackets/index.html"), "utf8"));
    expect($(".report__body").text().trim().length).toBe(200_003);
  });
});

describe("control characters and files that are not UTF-8", () => {
  it("fail the build with one line each, from both threads, and leave the previous output byte for byte as it was", () => {
    const content = writeFixtureSite({
      "en/news/2025/bell.md": reportText(["title: Ring\u0007", 'date: "2025-11-18"', MINISTER]),
      "fa/news/2025/escape.md": reportText(["title: متن", 'date: "2025-11-18"', MINISTER], "بند یک.\n\nبند\u001b دو."),
    });
    // Persian files are checked on the build's second thread.
    writeFileSync(join(content, "fa/news/2025/latin.md"), Buffer.from(reportText(["title: Café", 'date: "2025-11-18"', MINISTER]), "latin1"));
    const out = outDir();
    cpSync(sampleBuild(), out, { recursive: true });
    const before = treeFingerprint(out);
    const at = relative(REPO_ROOT, content);
    const result = runScript("build", ["--content", content, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("khabar: "))).toEqual([
      `${at}/en/news/2025/bell.md:2: title: contains the control character U+0007 (BELL): remove it`,
      `${at}/fa/news/2025/escape.md:8: body: contains the control character U+001B (ESCAPE): remove it`,
      `${at}/fa/news/2025/latin.md: file: is not UTF-8; it looks like a single-byte encoding such as Windows-1256 or Latin-1 — save it as UTF-8`,
    ]);
    expect(treeFingerprint(out)).toEqual(before);
  });
});

describe("symbolic links in the content folder", () => {
  it("fail the build, by name, when they lead outside the content folder, while a link inside it is followed without a word", () => {
    const outside = mkdtempSync(join(tmpdir(), "khabar-outside-"));
    writeFileSync(join(outside, "secret.md"), reportText(["title: Secret", 'date: "2025-11-18"', MINISTER], "Do not publish."));
    mkdirSync(join(outside, "folder"));
    writeFileSync(join(outside, "folder/also-secret.md"), reportText(["title: Also secret", 'date: "2025-11-18"', MINISTER], "Nor this."));
    const content = writeFixtureSite({
      "en/news/2025/public.md": reportText(["title: Public", 'date: "2025-11-18"', MINISTER]),
      "shared/en/inside.md": reportText(["title: Inside", 'date: "2025-11-18"', MINISTER]),
    });
    symlinkSync(join(outside, "secret.md"), join(content, "en/news/2025/secret.md"));
    symlinkSync(join(outside, "folder"), join(content, "en/news/linked"));
    symlinkSync("../../shared/en", join(content, "en/news/shared"));
    const at = relative(REPO_ROOT, content);
    const out = outDir();
    const result = runScript("build", ["--content", content, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("khabar: "))).toEqual([
      `${at}/en/news/2025/secret.md: file: is a symbolic link to ${outside}/secret.md outside the content folder; khabar does not follow it — move the files into the content folder`,
      `${at}/en/news/linked: file: is a symbolic link to ${outside}/folder outside the content folder; khabar does not follow it — move the files into the content folder`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
