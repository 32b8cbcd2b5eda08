// Character codes: a text's UTF-16 code units in a typed array, for the few loops that read a whole text one
// character at a time: reading a Uint16Array is about twice as fast as charCodeAt, and Buffer's
// native copy of the text into it costs a fraction of one such loop. The array is scratch space,
// shared and overwritten by the next call: read it before calling again.

// Kept for texts up to 64 KB (128 KB of memory); a longer one gets its own array.
const scratch = Buffer.alloc(1 << 17);
const codes = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.length >> 1);

/** The code units of `s`; only the first s.length entries belong to it. */
export function charCodes(s: string): Uint16Array {
  if (s.length > codes.length) {
    const own = Buffer.alloc(2 * s.length);
    own.write(s, 0, 'utf16le');
    return new Uint16Array(own.buffer, own.byteOffset, s.length);
  }
  scratch.write(s, 0, 'utf16le');
  return codes;
}

/** \s of a regular expression, for a character code: the ASCII spaces by hand, the rest asked. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}
const SPACE = /\s/;
