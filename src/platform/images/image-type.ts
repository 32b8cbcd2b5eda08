// Which kind of image a file is, from its first bytes (never from its name or the browser's
// content type, both of which the sender chooses).

export type ImageType = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic';
export type SniffedType = ImageType | 'svg' | 'unknown';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1', 'miaf']);

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

export function sniffImageType(bytes: Uint8Array): SniffedType {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.slice(4, 8) === 'ftyp') return heifFamily(bytes);
  return looksLikeSvg(bytes) ? 'svg' : 'unknown';
}

/** ISO base media files: the major brand, then the compatible brands, say AVIF or HEIC. */
function heifFamily(bytes: Uint8Array): SniffedType {
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize || 32, bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(bytes, i, i + 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
  return GENERIC_HEIF_BRANDS.has(brands[0]!) ? 'heic' : 'unknown';
}

/** SVG is text: look for an <svg element near the start, after any XML prolog, comments or BOM. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<svg[\s>/]/i.test(start) || /^\s*(\uFEFF)?\s*<!DOCTYPE\s+svg/i.test(start);
}

export const IMAGE_TYPE_LABELS: Record<ImageType, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  avif: 'AVIF',
  heic: 'HEIC',
};
