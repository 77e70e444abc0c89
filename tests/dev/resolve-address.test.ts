/**
 * Addresses answered as a static host answers a built site.
 */
import { describe, expect, it } from "vitest";
import { resolveAddress } from "../../src/dev/resolve-address.ts";

const ADDRESSES = new Set(["/", "/fa/news/itu/", "/fa/feed.xml", "/404.html"]);
const exists = (path: string) => ADDRESSES.has(path);

describe("resolveAddress", () => {
  it("finds a page by its own address", () => {
    expect(resolveAddress("/fa/news/itu/", exists)).toEqual({ page: "/fa/news/itu/" });
  });

  it("finds a folder's page by its index.html", () => {
    expect(resolveAddress("/fa/news/itu/index.html", exists)).toEqual({ page: "/fa/news/itu/" });
    expect(resolveAddress("/index.html", exists)).toEqual({ page: "/" });
  });

  it("redirects a folder's address without its slash to the address with it", () => {
    expect(resolveAddress("/fa/news/itu", exists)).toEqual({ redirectTo: "/fa/news/itu/" });
  });

  it("finds a file by its name", () => {
    expect(resolveAddress("/fa/feed.xml", exists)).toEqual({ page: "/fa/feed.xml" });
  });

  it("finds nothing at an unknown address, with or without a slash", () => {
    expect(resolveAddress("/fa/news/nope/", exists)).toEqual({ notFound: true });
    expect(resolveAddress("/fa/feed.xml/", exists)).toEqual({ notFound: true });
    expect(resolveAddress("/fa/news/nope/index.html", exists)).toEqual({ notFound: true });
  });
});
