// The words a list-like regular-expression source needs, for gating a pattern (phrases.ts gated()):
// "(?:idiots?|arse[\s-]?lickers?|waste\s+of\s+space)" needs "idiot", "idiots", "lickers", "licker",
// "arselicker", "arselickers" or "waste". Every string the source matches, standing as whole words,
// holds one of them as a token keys it. Only sources made of letters, optional parts, alternatives,
// spaces and simple classes are read; anything else (like "[a-z]+") stands for an unknown word, and a
// string whose words are all unknown makes wordsOf throw rather than give a gate that could miss.

// Stands for a letter or word the reader cannot tell (a literal "#" in a source reads as a space).
const UNKNOWN = '#';
const LIMIT = 50_000;

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  /** Alternatives up to the closing bracket or the end. */
  alternatives(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...this.sequence());
      if (this.s[this.i] !== '|') return out;
      this.i++;
    }
  }

  private sequence(): string[] {
    let out = [''];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      const next: string[] = [];
      for (const a of out) for (const b of atom) next.push(a + b);
      if (next.length > LIMIT) throw new Error('wordsOf: too many strings');
      out = next;
    }
    return out;
  }

  private atom(): string[] {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === '(') {
      let zeroWidth = false;
      if (s[this.i] === '?') {
        const kind = s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i) ? 3 : 2;
        zeroWidth = s[this.i + 1] !== ':';
        this.i += kind;
      }
      const inner = this.alternatives();
      if (s[this.i++] !== ')') throw new Error('wordsOf: unbalanced brackets');
      return zeroWidth ? [''] : inner;
    }
    if (c === '\\') {
      const e = s[this.i++]!;
      if (e === 'b' || e === 'B') return [''];
      if (e === 's') return [' '];
      return /[a-z0-9]/i.test(e) ? [UNKNOWN] : [' '];
    }
    if (c === '[') {
      const end = s.indexOf(']', this.i);
      const body = s.slice(this.i, end);
      this.i = end + 1;
      if (/^[a-z]+$/.test(body)) return [...body];
      if (body === '\\s-' || body === '-\\s') return [' '];
      return [UNKNOWN];
    }
    if (c === '.') return [UNKNOWN];
    return /[a-z0-9']/.test(c) ? [c] : [' '];
  }

  private quantified(atom: string[]): string[] {
    const s = this.s;
    const q = s[this.i];
    let out: string[];
    if (q === '?') out = [...atom, ''];
    else if (q === '+') out = atom.map((a) => (a === ' ' ? ' ' : a + UNKNOWN));
    else if (q === '*') out = [...atom.map((a) => (a === ' ' ? ' ' : UNKNOWN)), ''];
    else if (q === '{') {
      const end = s.indexOf('}', this.i);
      const min = Number(s.slice(this.i + 1, end).split(',')[0]);
      this.i = end;
      out = atom.map((a): string => (a === ' ' ? ' ' : UNKNOWN));
      if (min === 0) out.push('');
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    return out;
  }
}

// Words in many texts, which would open a gate on most of them: "the cut" is gated by "cut".
const COMMON = new Set(
  `a an and are as at back be by came can class come day did do done end for get go going got had has have he her him his
  i in is it kids me my no not of on one or our school she so some that the their them they this time to up was we well
  what who will with you your children people parents thank thanks`.split(/\s+/),
);

/** A word as the tokeniser keys it: a possessive "'s" or "'" dropped, then the apostrophes. */
function key(word: string): string {
  return word.replace(/'s?$/, '').replace(/'/g, '');
}

/** Space-separated gate words for a source (see the top of the file); throws when it cannot give them. */
export function wordsOf(source: string): string {
  const reader = new Reader(source);
  const strings = reader.alternatives();
  if (reader.i !== source.length) throw new Error(`wordsOf: cannot read ${source.slice(reader.i, reader.i + 20)}`);
  const choices = strings.map((s) => {
    const words = s.split(/[^a-z0-9'#]+/).filter((w) => w && !w.includes(UNKNOWN)).map(key).filter(Boolean);
    if (words.length === 0) throw new Error(`wordsOf: no known word in "${s.replaceAll(UNKNOWN, '…')}"`);
    return words;
  });
  // Few, uncommon words: the word in most strings not yet covered (a tie to the longer), counting
  // a plural with the singular (a gate word lets its plural in too); common words ("the", "school")
  // and short ones ("do") only for strings with nothing better.
  const candidates = (words: readonly string[]) => {
    const rare = words.filter((w) => !COMMON.has(w));
    const long = rare.filter((w) => w.length >= 4);
    const pick = long.length > 0 ? long : rare.length > 0 ? rare : words;
    return new Set(pick.flatMap((w) => (w.endsWith('s') ? [w, w.slice(0, -1)] : [w])));
  };
  const chosen: string[] = [];
  let open = choices.map(candidates);
  while (open.length > 0) {
    const counts = new Map<string, number>();
    for (const words of open) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    let best = '';
    for (const [w, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && w.length > best.length)) best = w;
    chosen.push(best);
    open = open.filter((words) => !words.has(best));
  }
  return chosen.join(' ');
}
