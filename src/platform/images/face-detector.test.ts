import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { plainImage } from '../../../test/support/images.ts';
import { detectFaces, loadFaceDetector } from './face-detector.ts';

// face-api ships its demo photos in the npm package: real faces, no download needed.
const demo = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
const sample = (n: number) => readFileSync(join(demo, `sample${n}.jpg`));

/** Faces a person counts in each demo photo (bench/images.ts measures the same six). */
const FACES_BY_EYE = [3, 3, 3, 4, 5, 4];

describe('detectFaces', { timeout: 60_000 }, () => {
  test('finds every face in real photos, with boxes inside the image', async () => {
    await loadFaceDetector();
    const photo = sample(1);
    const { width, height } = await sharp(photo).metadata();
    const faces = await detectFaces(photo);
    expect(faces).toHaveLength(3);
    for (const f of faces) {
      expect(f.x + f.width).toBeLessThanOrEqual(width);
      expect(f.y + f.height).toBeLessThanOrEqual(height);
      expect(f.score).toBeGreaterThan(0.3);
    }
    // SSD finds all 22 faces of the six photos; the tiny detector, which it replaced, found 19 (ADR 0009).
    for (const [i, expected] of FACES_BY_EYE.entries()) expect(await detectFaces(sample(i + 1))).toHaveLength(expected);
  });

  test('the tiny detector is still there to compare, and misses faces SSD finds', async () => {
    expect(await detectFaces(sample(2), { model: 'tiny' })).not.toHaveLength(3);
    expect(await detectFaces(sample(2))).toHaveLength(3);
  });

  test('finds no face in a plain picture', async () => {
    expect(await detectFaces(await plainImage(640, 480).jpeg().toBuffer())).toEqual([]);
  });

  test('gives boxes in the photo as shown, after its EXIF orientation', async () => {
    const upright = sample(1);
    const { width, height } = await sharp(upright).metadata();
    // Stored lying on its side with orientation 6 ("turn 90° clockwise to show"), as phones do.
    const sideways = await sharp(upright).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const faces = await detectFaces(sideways);
    expect(faces).toHaveLength(3);
    for (const f of faces) {
      expect(f.x + f.width).toBeLessThanOrEqual(width);
      expect(f.y + f.height).toBeLessThanOrEqual(height);
    }
    const expected = await detectFaces(upright);
    faces.forEach((f, i) => {
      expect(Math.abs(f.x - expected[i]!.x)).toBeLessThan(width * 0.05);
      expect(Math.abs(f.y - expected[i]!.y)).toBeLessThan(height * 0.05);
    });
  });
});
