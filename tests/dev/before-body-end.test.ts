/**
 * The dev server's own markup goes just before a page's last </body>.
 */
import { describe, expect, it } from "vitest";
import { beforeBodyEnd } from "../../src/dev/before-body-end.ts";

describe("beforeBodyEnd", () => {
  it("places a snippet before the last </body>, or at the end of a page without one", () => {
    expect([beforeBodyEnd("<body><pre>&lt;/body&gt;</body></body>", "<i></i>"), beforeBodyEnd("<p>Hi</p>", "<i></i>")]).toEqual([
      "<body><pre>&lt;/body&gt;</body><i></i></body>",
      "<p>Hi</p><i></i>",
    ]);
  });
});
