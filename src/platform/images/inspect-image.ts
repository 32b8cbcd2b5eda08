// Everything Parapet checks about an uploaded image before anyone may post it: what it really
// is, how big it is (refused before decoding when too big), where its metadata says it was taken,
// and a copy with all metadata removed and the orientation baked in.
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { AppError } from '../../core/errors.ts';
import { readImageLocation, type ImageLocation } from './image-location.ts';
import { IMAGE_TYPE_LABELS, sniffImageType, type ImageType } from './image-type.ts';

/** Larger than any phone camera (a 48-megapixel phone photo fits), far smaller than a decompression bomb. */
export const MAX_IMAGE_PIXELS = 50_000_000;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export interface StrippedImage {
  bytes: Buffer;
  type: 'jpeg' | 'png' | 'webp' | 'gif';
  width: number;
  height: number;
}

export interface InspectedImage {
  type: ImageType;
  /** As shown: EXIF orientation applied. */
  width: number;
  height: number;
  frames: number;
  /** Location metadata found in the original, or null. */
  location: ImageLocation | null;
  /** The image re-encoded with no EXIF, XMP, IPTC or ICC metadata. */
  stripped: StrippedImage;
}

const refuse = (code: 'unsupported-file' | 'invalid-input' | 'too-large', message: string) => new AppError(code, message);

export const IMAGE_MESSAGES = {
  empty: 'The image file is empty. Choose a photo and try again.',
  svg: 'SVG drawings cannot be checked or posted, because they can carry scripts. Export it as PNG or JPEG and upload that instead.',
  unknown: 'That file is not a photo Parapet can read. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  heic: 'HEIC photos (the iPhone default) cannot be read here. Share or export the photo as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible) and upload that.',
  corrupt: 'The image could not be read: the file is damaged or incomplete. Try exporting or saving it again.',
  bytes: `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Export a smaller copy and try again.`,
  pixels: (megapixels: number) =>
    `The image is ${megapixels} megapixels, larger than the ${MAX_IMAGE_PIXELS / 1_000_000} megapixels Parapet accepts. Resize it (2,000 to 4,000 pixels across is plenty for social media) and try again.`,
};

export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length === 0) throw refuse('invalid-input', IMAGE_MESSAGES.empty);
  if (bytes.length > MAX_IMAGE_BYTES) throw refuse('too-large', IMAGE_MESSAGES.bytes);
  const type = sniffImageType(bytes);
  if (type === 'svg') throw refuse('unsupported-file', IMAGE_MESSAGES.svg);
  if (type === 'unknown') throw refuse('unsupported-file', IMAGE_MESSAGES.unknown);

  // Header only: sharp reads the dimensions without decoding a pixel.
  const metadata = await readHeader(bytes, type);
  const frames = Math.max(1, metadata.pages ?? 1);
  const pixels = metadata.width * (metadata.pageHeight ?? metadata.height) * frames;
  if (pixels > MAX_IMAGE_PIXELS) throw refuse('too-large', IMAGE_MESSAGES.pixels(Math.round(pixels / 1_000_000)));

  const location = await readImageLocation(metadata);
  const stripped = await strip(bytes, type, frames > 1, pixels, metadata);
  return {
    type,
    width: metadata.autoOrient?.width ?? metadata.width,
    height: metadata.autoOrient?.height ?? metadata.height,
    frames,
    location,
    stripped,
  };
}

async function readHeader(bytes: Buffer, type: ImageType): Promise<Metadata> {
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!metadata.width || !metadata.height) throw new Error('no dimensions');
    return metadata;
  } catch {
    throw refuse(type === 'heic' ? 'unsupported-file' : 'invalid-input', type === 'heic' ? IMAGE_MESSAGES.heic : IMAGE_MESSAGES.corrupt);
  }
}

/** Re-encodes the pixels only: sharp keeps no metadata unless asked, and .rotate() bakes the EXIF orientation in. */
async function strip(bytes: Buffer, type: ImageType, animated: boolean, pixels: number, metadata: Metadata): Promise<StrippedImage> {
  const input = sharp(bytes, { limitInputPixels: Math.max(pixels, 1), failOn: 'error', animated }).timeout({ seconds: 20 });
  // Animated images have no orientation tag and sharp cannot rotate them; they keep their frames.
  const oriented = animated ? input : input.rotate();
  const out = encode(oriented, type, metadata.hasAlpha);
  let result: { data: Buffer; info: OutputInfo };
  try {
    result = await out.pipeline.toBuffer({ resolveWithObject: true });
  } catch {
    throw refuse(type === 'heic' ? 'unsupported-file' : 'invalid-input', type === 'heic' ? IMAGE_MESSAGES.heic : IMAGE_MESSAGES.corrupt);
  }
  await assertNoMetadata(result.data);
  return { bytes: result.data, type: out.type, width: result.info.width, height: result.info.pageHeight ?? result.info.height };
}

function encode(image: Sharp, type: ImageType, hasAlpha: boolean): { pipeline: Sharp; type: StrippedImage['type'] } {
  switch (type) {
    case 'png':
      return { pipeline: image.png(), type: 'png' };
    case 'webp':
      return { pipeline: image.webp({ quality: 90 }), type: 'webp' };
    case 'gif':
      return { pipeline: image.gif(), type: 'gif' };
    default:
      // JPEG stays JPEG; AVIF and HEIC become JPEG, which every platform takes.
      return { pipeline: (hasAlpha ? image.flatten({ background: '#ffffff' }) : image).jpeg({ quality: 90 }), type: 'jpeg' };
  }
}

/** A belt-and-braces check on the output: any metadata left is a bug, and the copy is never handed out. */
async function assertNoMetadata(bytes: Buffer): Promise<void> {
  const md = await sharp(bytes).metadata();
  if (md.exif || md.xmp || md.iptc || md.icc || md.tifftagPhotoshop) {
    throw new AppError('internal', 'The image metadata could not be removed, so the image was not accepted.');
  }
}

export const imageTypeLabel = (type: ImageType) => IMAGE_TYPE_LABELS[type];
