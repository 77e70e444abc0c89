import { describe, expect, it } from "vitest";
import { pictureHtml, type PictureSources } from "../../src/images/picture-html.ts";

const PICTURE: PictureSources = {
  width: 1200,
  height: 800,
  src: "/media/a-1200.jpg",
  sources: [
    { type: "image/webp", srcset: "/media/a-400.webp 400w, /media/a-1200.webp 1200w" },
    { type: "image/jpeg", srcset: "/media/a-400.jpg 400w, /media/a-1200.jpg 1200w" },
  ],
};

describe("pictureHtml", () => {
  it("writes WebP as a source and JPEG as the image, with sizes, width, height and lazy loading", () => {
    expect(pictureHtml(PICTURE, { alt: "The minister", sizes: "100vw", loading: "lazy" })).toBe(
      '<picture><source type="image/webp" srcset="/media/a-400.webp 400w, /media/a-1200.webp 1200w" sizes="100vw">' +
        '<img src="/media/a-1200.jpg" srcset="/media/a-400.jpg 400w, /media/a-1200.jpg 1200w" sizes="100vw" width="1200" height="800" alt="The minister" loading="lazy" decoding="async"></picture>',
    );
  });

  it("asks for the lead photo first, eager and with high priority", () => {
    expect(pictureHtml(PICTURE, { alt: "", sizes: "100vw", loading: "eager" })).toContain('loading="eager" decoding="async" fetchpriority="high">');
  });

  it("escapes an author's alt text, so it never becomes markup", () => {
    expect(pictureHtml(PICTURE, { alt: '"><script>alert(1)</script> & \'x\'', sizes: "100vw", loading: "lazy" })).toContain(
      'alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"',
    );
  });
});
