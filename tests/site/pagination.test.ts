import { describe, expect, it } from "vitest";
import { PAGE_SIZE, chunk, pageNumbersToShow, pagination } from "../../src/site/pagination.ts";
import { urlMaker } from "../../src/site/site-urls.ts";

const urls = urlMaker({ baseUrl: "https://news.example.org", pathPrefix: "/" });

describe("chunk", () => {
  it("splits items into pages of 20 by default", () => {
    const items = Array.from({ length: 41 }, (_, index) => index);
    expect({ size: PAGE_SIZE, lengths: chunk(items).map((page) => page.length) }).toEqual({ size: 20, lengths: [20, 20, 1] });
  });

  it("splits items into pages of a given size", () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it("gives one empty page for no items", () => {
    expect(chunk([])).toEqual([[]]);
  });
});

describe("pageNumbersToShow", () => {
  it("shows the first, the last and two either side of the current page, 0 marking a gap", () => {
    expect(pageNumbersToShow(6, 12)).toEqual([1, 0, 4, 5, 6, 7, 8, 0, 12]);
  });

  it("shows every page of a short list", () => {
    expect(pageNumbersToShow(1, 3)).toEqual([1, 2, 3]);
  });

  it("leaves no gap when the neighbours reach the ends", () => {
    expect(pageNumbersToShow(3, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("pagination", () => {
  it("gives no links for a list of one page", () => {
    expect(pagination("/fa/news/", 1, 1, "fa", urls)).toBe(undefined);
  });

  it("labels and numbers Persian pages in Persian digits", () => {
    expect(pagination("/fa/news/", 2, 3, "fa", urls)).toEqual({
      label: "صفحهٔ ۲ از ۳",
      previous: "/fa/news/",
      next: "/fa/news/page/3/",
      pages: [
        { text: "۱", href: "/fa/news/", current: false },
        { text: "۲", href: "/fa/news/page/2/", current: true },
        { text: "۳", href: "/fa/news/page/3/", current: false },
      ],
    });
  });

  it("has no previous link on the first page and no next link on the last", () => {
    const first = pagination("/en/news/", 1, 2, "en", urls);
    const last = pagination("/en/news/", 2, 2, "en", urls);
    expect([first?.label, first?.previous, first?.next, last?.label, last?.previous, last?.next]).toEqual([
      "Page 1 of 2",
      undefined,
      "/en/news/page/2/",
      "Page 2 of 2",
      "/en/news/",
      undefined,
    ]);
  });

  it("writes a gap as an ellipsis without a link", () => {
    expect(pagination("/en/news/", 1, 5, "en", urls)?.pages).toEqual([
      { text: "1", href: "/en/news/", current: true },
      { text: "2", href: "/en/news/page/2/", current: false },
      { text: "3", href: "/en/news/page/3/", current: false },
      { text: "…", href: "", current: false },
      { text: "5", href: "/en/news/page/5/", current: false },
    ]);
  });
});
