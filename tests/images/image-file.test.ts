import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectImage } from "../../src/images/image-file.ts";

async function photo(format: "jpeg" | "png" | "webp", width = 64, height = 48, orientation?: number): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: "#336699" } });
  if (orientation !== undefined) image = image.withMetadata({ orientation });
  return image.toFormat(format).toBuffer();
}

describe("inspectImage", () => {
  it("tells JPEG, PNG and WebP by their bytes, with width, height and a 16-digit content hash", async () => {
    const jpeg = await photo("jpeg");
    expect(inspectImage(await photo("png")).ok && inspectImage(await photo("webp")).ok).toBe(true);
    const inspected = inspectImage(jpeg);
    expect(inspected.ok ? { format: inspected.facts.format, width: inspected.facts.width, height: inspected.facts.height, hashLength: inspected.facts.hash.length } : inspected).toEqual({
      format: "jpeg",
      width: 64,
      height: 48,
      hashLength: 16,
    });
  });

  it("gives the same photo the same hash, and another photo another", async () => {
    const [a, b] = [await photo("jpeg"), await photo("jpeg", 65, 48)];
    const hash = (bytes: Buffer) => {
      const inspected = inspectImage(bytes);
      return inspected.ok ? inspected.facts.hash : inspected.reason;
    };
    expect([hash(a) === hash(Buffer.from(a)), hash(a) === hash(b)]).toEqual([true, false]);
  });

  it("swaps width and height of a photo whose EXIF orientation turns it a quarter", async () => {
    const inspected = inspectImage(await photo("jpeg", 64, 48, 6));
    expect(inspected.ok ? [inspected.facts.width, inspected.facts.height] : inspected).toEqual([48, 64]);
  });

  it("refuses an SVG, which can carry script", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(inspectImage(svg)).toEqual({ ok: false, reason: "is an SVG drawing, which can carry script: export it as a PNG or JPEG" });
  });

  it("refuses text saved under a photo's name", () => {
    expect(inspectImage(Buffer.from("not a photo at all, just text"))).toEqual({ ok: false, reason: "is not an image: expected a JPEG, PNG, WebP, AVIF, GIF or TIFF photo" });
  });

  it("refuses a BMP, which is an image but not one khabar processes", () => {
    const bmp = Buffer.alloc(58);
    bmp.write("BM", 0, "ascii");
    bmp.writeUInt32LE(58, 2);
    bmp.writeUInt32LE(54, 10);
    bmp.writeUInt32LE(40, 14);
    bmp.writeInt32LE(1, 18);
    bmp.writeInt32LE(1, 22);
    expect(inspectImage(bmp)).toEqual({ ok: false, reason: "is a BMP image: expected a JPEG, PNG, WebP, AVIF, GIF or TIFF photo" });
  });
});
