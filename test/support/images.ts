// Test images made on the spot: plain pictures with chosen metadata, and hostile files.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

export const LEEDS_GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '53/1 48/1 2940/100',
  GPSLongitudeRef: 'W',
  GPSLongitude: '1/1 32/1 4500/100',
  GPSAltitude: '70/1',
};

export const LEEDS_XMP =
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Leeds" photoshop:Country="United Kingdom"/>' +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** A flat-coloured picture (no faces in it). */
export function plainImage(width = 64, height = 48) {
  return sharp({ create: { width, height, channels: 3, background: '#88aacc' } });
}

/** A JPEG taken "in Leeds": EXIF GPS with altitude, and the city and country in XMP. */
export function jpegWithLocation(): Promise<Buffer> {
  return plainImage().jpeg().withExif({ IFD0: { Make: 'Test camera' }, IFD3: LEEDS_GPS }).withXmp(LEEDS_XMP).toBuffer();
}

/** Adds an IPTC block (APP13, Photoshop resource 0x0404) to a JPEG, as newsroom software writes it. */
export function withIptc(jpeg: Buffer, records: Array<[dataset: number, value: string]>): Buffer {
  const iim = Buffer.concat(
    records.map(([dataset, value]) => {
      const bytes = Buffer.from(value, 'utf8');
      return Buffer.concat([Buffer.from([0x1c, 0x02, dataset, bytes.length >> 8, bytes.length & 255]), bytes]);
    }),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, Buffer.alloc(iim.length % 2)]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const header = Buffer.from([0xff, 0xed, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG whose header claims `width` × `height` pixels, with a tiny compressed body. Decoding it
 * would need width × height × 3 bytes of memory (600 MB for 200 megapixels).
 */
export function hugePngHeader(width = 20_000, height = 10_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

/** The start of an iPhone HEIC file (ftyp box with the heic brand), with no usable image after it. */
export const HEIC_HEADER = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
  Buffer.alloc(64, 0),
]);
