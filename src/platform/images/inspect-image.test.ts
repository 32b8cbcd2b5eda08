import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { refusal } from '../../../test/support/refusal.ts';
import { HEIC_HEADER, hugePngHeader, jpegWithLocation, LEEDS_GPS, LEEDS_XMP, plainImage, SVG_WITH_SCRIPT, withIptc } from '../../../test/support/images.ts';
import { sniffImageType } from './image-type.ts';
import { IMAGE_MESSAGES, inspectImage, MAX_IMAGE_BYTES } from './inspect-image.ts';

async function hasNoMetadata(bytes: Buffer) {
  const md = await sharp(bytes).metadata();
  expect([md.exif, md.xmp, md.iptc, md.icc]).toEqual([undefined, undefined, undefined, undefined]);
  // exifr reads JPEG, PNG and AVIF but not WebP or GIF; for those, sharp's answer above is the proof.
  const parsed = await exifr
    .parse(bytes, { tiff: true, gps: true, xmp: true, iptc: true, icc: true, ihdr: false, jfif: false })
    .catch((err: Error) => (/Unknown file format/.test(err.message) ? undefined : Promise.reject(err)));
  expect(parsed).toBeUndefined();
}

describe('sniffImageType', () => {
  test('knows each format by its first bytes, not its name', async () => {
    expect(sniffImageType(await plainImage().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await plainImage().png().toBuffer())).toBe('png');
    expect(sniffImageType(await plainImage().webp().toBuffer())).toBe('webp');
    expect(sniffImageType(await plainImage().gif().toBuffer())).toBe('gif');
    expect(sniffImageType(await plainImage().avif().toBuffer())).toBe('avif');
    expect(sniffImageType(HEIC_HEADER)).toBe('heic');
    expect(sniffImageType(SVG_WITH_SCRIPT)).toBe('svg');
    expect(sniffImageType(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffImageType(Buffer.from('%PDF-1.7 not an image'))).toBe('unknown');
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBe('unknown');
  });
});

describe('inspectImage', () => {
  test('reports GPS and place names from EXIF and XMP, and hands back a copy with no metadata at all', async () => {
    const original = await jpegWithLocation();
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(53.808, 3) });

    const result = await inspectImage(original);
    expect(result).toMatchObject({ type: 'jpeg', width: 64, height: 48, frames: 1 });
    expect(result.location!.latitude).toBeCloseTo(53.80817, 4);
    expect(result.location!.longitude).toBeCloseTo(-1.54583, 4);
    expect(result.location!.tags).toEqual(
      expect.arrayContaining([
        { tag: 'GPSAltitude', value: '70' },
        { tag: 'City', value: 'Leeds' },
        { tag: 'Country', value: 'United Kingdom' },
      ]),
    );
    expect(result.stripped.type).toBe('jpeg');
    await hasNoMetadata(result.stripped.bytes);
  });

  test('reads IPTC place names too', async () => {
    const original = withIptc(await plainImage().jpeg().toBuffer(), [
      [90, 'Leeds'],
      [92, 'Roundhay Park'],
    ]);
    const result = await inspectImage(original);
    expect(result.location).toEqual({
      latitude: null,
      longitude: null,
      tags: [
        { tag: 'City', value: 'Leeds' },
        { tag: 'Sublocation', value: 'Roundhay Park' },
      ],
    });
    await hasNoMetadata(result.stripped.bytes);
  });

  test.each(['png', 'webp', 'avif'] as const)('finds GPS in %s and strips it', async (format) => {
    const original = await plainImage()[format]().withExif({ IFD3: LEEDS_GPS }).withXmp(LEEDS_XMP).toBuffer();
    const result = await inspectImage(original);
    expect(result.location!.latitude).toBeCloseTo(53.80817, 4);
    expect(result.stripped.type).toBe(format === 'avif' ? 'jpeg' : format);
    await hasNoMetadata(result.stripped.bytes);
  });

  test('a photo with no location metadata reports none', async () => {
    const result = await inspectImage(await plainImage().jpeg().withExif({ IFD0: { Make: 'Test camera' } }).toBuffer());
    expect(result.location).toBeNull();
    await hasNoMetadata(result.stripped.bytes);
  });

  test('bakes the EXIF orientation into the pixels, so the stripped copy still shows the right way up', async () => {
    const sideways = await plainImage(64, 48).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await inspectImage(sideways);
    expect([result.width, result.height]).toEqual([48, 64]);
    expect([result.stripped.width, result.stripped.height]).toEqual([48, 64]);
    expect((await sharp(result.stripped.bytes).metadata()).orientation).toBeUndefined();
  });

  test('removes an ICC colour profile too (converting to sRGB)', async () => {
    const result = await inspectImage(await plainImage().jpeg().withIccProfile('p3').toBuffer());
    await hasNoMetadata(result.stripped.bytes);
  });

  test('keeps the frames of an animated GIF', async () => {
    const frame = (colour: string) => sharp({ create: { width: 16, height: 16, channels: 3, background: colour } }).png().toBuffer();
    const animated = await sharp([await frame('#336699'), await frame('#993366'), await frame('#669933')], { join: { animated: true } })
      .gif({ loop: 0 })
      .toBuffer();
    const result = await inspectImage(animated);
    expect(result).toMatchObject({ type: 'gif', width: 16, height: 16, frames: 3 });
    expect(result.stripped).toMatchObject({ type: 'gif', width: 16, height: 16 });
    expect((await sharp(result.stripped.bytes).metadata()).pages).toBe(3);
    await hasNoMetadata(result.stripped.bytes);
  });

  describe('refuses, with a clear message', () => {
    test('an SVG, which may carry scripts', async () => {
      const err = await refusal(inspectImage(SVG_WITH_SCRIPT));
      expect(err.code).toBe('unsupported-file');
      expect(err.message).toBe(IMAGE_MESSAGES.svg);
      expect(err.message).toContain('Export it as PNG or JPEG');
    });

    test('a file that is not an image at all', async () => {
      const err = await refusal(inspectImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')));
      expect([err.code, err.message]).toEqual(['unsupported-file', IMAGE_MESSAGES.unknown]);
      const binary = await refusal(inspectImage(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))));
      expect(binary.code).toBe('unsupported-file');
    });

    test('an empty file', async () => {
      expect((await refusal(inspectImage(Buffer.alloc(0)))).message).toBe(IMAGE_MESSAGES.empty);
    });

    test('a corrupt JPEG: the right first bytes, then garbage', async () => {
      const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 0x41)]);
      const err = await refusal(inspectImage(garbage));
      expect([err.code, err.message]).toEqual(['invalid-input', IMAGE_MESSAGES.corrupt]);
    });

    test('a truncated JPEG whose header is fine but whose pixels stop halfway', async () => {
      const noisy = await sharp(Buffer.from(Array.from({ length: 200 * 200 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 200, height: 200, channels: 3 } })
        .jpeg()
        .toBuffer();
      const err = await refusal(inspectImage(noisy.subarray(0, Math.floor(noisy.length / 2))));
      expect([err.code, err.message]).toEqual(['invalid-input', IMAGE_MESSAGES.corrupt]);
    });

    test('a 200-megapixel image, before decoding it', async () => {
      const bomb = hugePngHeader(20_000, 10_000);
      expect(bomb.length).toBeLessThan(200);
      const before = process.memoryUsage().rss;
      const err = await refusal(inspectImage(bomb));
      expect(err.code).toBe('too-large');
      expect(err.message).toBe(IMAGE_MESSAGES.pixels(200));
      // Decoding would have needed 600 MB; refusing from the header needs next to nothing.
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    });

    test('a file over the size limit', async () => {
      const err = await refusal(inspectImage(Buffer.alloc(MAX_IMAGE_BYTES + 1, 0xff)));
      expect(err.code).toBe('too-large');
    });

    test('an iPhone HEIC photo, with what to do instead', async () => {
      const err = await refusal(inspectImage(HEIC_HEADER));
      expect(err.message).toBe(IMAGE_MESSAGES.heic);
      expect(err).toBeInstanceOf(AppError);
    });
  });
});
