// Where a photo was taken, as its metadata says: EXIF GPS, and the place names that XMP and IPTC
// carry (city, sub-location, county, country). Read from the metadata blocks sharp extracts, so
// every format sharp reads is covered the same way (exifr alone does not read WebP).
import * as exifrModule from 'exifr';
import type { Metadata } from 'sharp';

export interface LocationTag {
  tag: string;
  value: string;
}

export interface ImageLocation {
  latitude: number | null;
  longitude: number | null;
  /** Every location tag found, e.g. GPSAltitude, City, Country. */
  tags: LocationTag[];
}

/** XMP and IPTC properties that name a place (exifr's key names, any namespace). */
const PLACE_KEY = /^(city|sublocation|sub-?location|state|province-?state|provincestate|country|countrycode|countryname|country-?primarylocation(code|name)|location|locationcreated|locationshown|worldregion|gps[a-z]*)$/i;

const EXIF_HEADER = 'Exif\0\0';

// Node loads exifr's UMD build (everything on the default export); Vite, under the tests, loads its
// ES build (named exports). Found once here, so a missing function fails loudly, not as "no location".
type Exifr = Pick<typeof exifrModule.default, 'parse' | 'sidecar'>;
const exifr: Exifr = typeof (exifrModule as Partial<Exifr>).sidecar === 'function' ? (exifrModule as Exifr) : exifrModule.default;
if (typeof exifr.parse !== 'function' || typeof exifr.sidecar !== 'function') throw new Error('exifr did not load');

export async function readImageLocation(metadata: Pick<Metadata, 'exif' | 'xmp' | 'iptc'>): Promise<ImageLocation | null> {
  const tags: LocationTag[] = [];
  let latitude: number | null = null;
  let longitude: number | null = null;

  if (metadata.exif) {
    const gps = await quietly(() => exifr.parse(tiffOf(metadata.exif!), { gps: true, mergeOutput: false }));
    const fields = (gps as { gps?: Record<string, unknown> } | undefined)?.gps ?? {};
    for (const [tag, value] of Object.entries(fields)) {
      if (tag === 'latitude' && typeof value === 'number' && Number.isFinite(value)) latitude = value;
      else if (tag === 'longitude' && typeof value === 'number' && Number.isFinite(value)) longitude = value;
      else if (tag !== 'GPSVersionID') tags.push({ tag, value: show(value) });
    }
  }
  if (metadata.xmp) collectPlaces(await quietly(() => exifr.sidecar(metadata.xmp!, { xmp: true }, 'xmp')), tags);
  if (metadata.iptc) collectPlaces(await quietly(() => exifr.sidecar(metadata.iptc!, { iptc: true }, 'iptc')), tags);

  const found = latitude !== null || longitude !== null || tags.length > 0;
  return found ? { latitude, longitude, tags } : null;
}

/** sharp gives JPEG, WebP and AVIF EXIF with its APP1 header, PNG's without: exifr wants bare TIFF. */
function tiffOf(exif: Buffer): Buffer {
  return exif.subarray(0, 6).toString('latin1') === EXIF_HEADER ? exif.subarray(6) : exif;
}

/** Metadata is untrusted: a block exifr cannot read is reported as no location, never an error. */
async function quietly<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

function collectPlaces(parsed: unknown, tags: LocationTag[], depth = 0): void {
  if (!parsed || typeof parsed !== 'object' || depth > 4) return;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key === 'xmlns') continue;
    if (PLACE_KEY.test(key)) {
      const text = show(value);
      if (text) tags.push({ tag: key, value: text });
    } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      collectPlaces(value, tags, depth + 1);
    }
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (ArrayBuffer.isView(value)) return `${value.byteLength} bytes`;
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join('; ')
      .slice(0, 500);
  }
  return String(value).slice(0, 500);
}
