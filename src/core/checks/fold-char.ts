// Folding of one non-ASCII character (a code point) for matching: NFKC (full-width and
// mathematical letters become plain ones), accents removed, look-alike Cyrillic and Greek letters
// and typographic quotes and dashes folded to ASCII, hidden characters dropped.

export interface Folding {
  /** What the character becomes, case kept ('' when it is dropped). */
  cased: string;
  /** The same, lower case: always exactly as long as `cased`. */
  folded: string;
}

// Zero-width characters, bidi controls, soft hyphen, word joiner, variation selectors and tag
// characters: invisible, and used to break a word up so a filter misses it.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
  // A lone surrogate (broken UTF-16) is dropped too.
  [0xd800, 0xdfff],
];

function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (ch.length > 1 && cp < 0x10000) return false;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}
const COMBINING_MARK = /\p{M}/gu;
const SPACE = /^[\s\u0080-\u009f]$/u;

// Letters that look like Latin ones. Lower-case forms; upper-case ones map to upper case.
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ɡ: 'g', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Һ: 'H', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Latin oddities that NFKC leaves alone
  ı: 'i', ȷ: 'j', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ß: 's', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O',
  ɑ: 'a', ɩ: 'i', ʟ: 'L', ᴀ: 'A',
  // Quotes, apostrophes, dashes, dots
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '\u02b9': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2043': '-',
  '\u2024': '.', '\u2027': '.', '\u00b7': '.', '\u2022': '.', '\uff61': '.', '\u3002': '.',
};

const cache = new Map<string, Folding>();
// Hostile input can hold a million different characters: keep the cache bounded.
const CACHE_LIMIT = 20_000;
const DROPPED: Folding = { cased: '', folded: '' };

export function foldChar(ch: string): Folding {
  const hit = cache.get(ch);
  if (hit) return hit;
  const result = compute(ch);
  if (cache.size < CACHE_LIMIT) cache.set(ch, result);
  return result;
}

function compute(ch: string): Folding {
  if (isInvisible(ch)) return DROPPED;
  if (SPACE.test(ch)) return { cased: ' ', folded: ' ' };
  const direct = LOOKALIKES[ch];
  if (direct) return same(direct);
  const base = ch.normalize('NFKC').normalize('NFD').replace(COMBINING_MARK, '');
  let cased = '';
  let folded = '';
  for (const c of base) {
    const mapped = LOOKALIKES[c] ?? c;
    if (isInvisible(mapped)) continue;
    // Astral characters (emoji) stay whole in `cased` and `folded`; both have the same length.
    const lower = mapped.toLowerCase();
    cased += mapped;
    folded += lower.length === mapped.length ? lower : mapped;
  }
  return { cased, folded };
}

function same(c: string): Folding {
  const lower = c.toLowerCase();
  return { cased: c, folded: lower.length === c.length ? lower : c };
}
