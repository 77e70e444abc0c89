import { describe, expect, it } from "vitest";
import { ContentErrors, formatProblem, hasErrors, sortProblems, type Problem } from "../../src/content/problem.ts";

const error = (file: string, line: number | undefined, field: string, message = "is wrong"): Problem => ({
  file,
  line,
  field,
  message,
  severity: "error",
});

describe("formatProblem", () => {
  it("writes file, line, field and message", () => {
    expect(formatProblem(error("content/fa/news/a.md", 4, "minister", "is required"))).toBe("content/fa/news/a.md:4: minister: is required");
  });

  it("leaves the line out when the problem has none", () => {
    expect(formatProblem(error("content/_data/site.yaml", undefined, "file", "is missing"))).toBe("content/_data/site.yaml: file: is missing");
  });

  it("marks a warning after the field", () => {
    expect(formatProblem({ file: "content/fa/news/a.md", field: "slug", message: "has no translation", severity: "warning" })).toBe(
      "content/fa/news/a.md: slug: warning: has no translation",
    );
  });
});

describe("sortProblems", () => {
  it("orders by file, then line (none first), then field, then message", () => {
    const problems = [
      error("content/fa/news/b.md", 3, "title"),
      error("content/fa/news/a.md", 10, "title"),
      error("content/fa/news/a.md", 2, "title", "z"),
      error("content/fa/news/a.md", 2, "title", "a"),
      error("content/fa/news/a.md", 2, "date"),
      error("content/fa/news/a.md", undefined, "slug"),
      error("content/_data/people.yaml", 7, "x.fa"),
    ];
    expect(sortProblems(problems).map(formatProblem)).toEqual([
      "content/_data/people.yaml:7: x.fa: is wrong",
      "content/fa/news/a.md: slug: is wrong",
      "content/fa/news/a.md:2: date: is wrong",
      "content/fa/news/a.md:2: title: a",
      "content/fa/news/a.md:2: title: z",
      "content/fa/news/a.md:10: title: is wrong",
      "content/fa/news/b.md:3: title: is wrong",
    ]);
  });

  it("returns a new array and leaves its input as it was", () => {
    const problems = [error("b", 1, "f"), error("a", 1, "f")];
    const sorted = sortProblems(problems);
    expect(problems.map((problem) => problem.file)).toEqual(["b", "a"]);
    expect(sorted.map((problem) => problem.file)).toEqual(["a", "b"]);
  });
});

describe("hasErrors", () => {
  it("is true when any problem is an error", () => {
    expect(hasErrors([{ file: "a", field: "f", message: "m", severity: "warning" }, error("a", 1, "f")])).toBe(true);
  });

  it("is false for warnings only and for no problems", () => {
    expect(hasErrors([{ file: "a", field: "f", message: "m", severity: "warning" }])).toBe(false);
    expect(hasErrors([])).toBe(false);
  });
});

describe("ContentErrors", () => {
  it("lists every error, one a line, and keeps all the problems", () => {
    const warning: Problem = { file: "content/en/news/c.md", field: "slug", message: "has no translation", severity: "warning" };
    const problems = [error("content/fa/news/a.md", 4, "minister", "is required"), warning, error("content/fa/news/b.md", undefined, "slug", "is bad")];
    const thrown = new ContentErrors(problems);
    expect({ name: thrown.name, message: thrown.message, problems: thrown.problems }).toEqual({
      name: "ContentErrors",
      message: "the content has 2 errors:\ncontent/fa/news/a.md:4: minister: is required\ncontent/fa/news/b.md: slug: is bad",
      problems,
    });
  });

  it("says error in the singular for one", () => {
    expect(new ContentErrors([error("a.md", 1, "title", "is required")]).message).toBe("the content has 1 error:\na.md:1: title: is required");
  });
});
