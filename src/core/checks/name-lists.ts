// Names confirmed by the list they are in: "Amelia, Grace and Will", "Congrats Penny Max Oscar",
// "zayn, erin and precious", "Ravi and Mrs Quinn".
import { listedBeside } from './name-context.ts';
import { CALENDAR_WORDS, VIRTUES } from './name-words.ts';
import type { Token } from './tokens.ts';

/** What a list needs to know of a name found in the text. */
export interface ListedMatch {
  first: number;
  last: number;
  /** Needs context that was not found yet ("Will", "Grace"). */
  pending: boolean;
  /** An adult's first name with no cue: a name only when listed beside a sure one. */
  weak?: boolean;
}

/**
 * "Amelia, Grace and Will": ambiguous names listed beside a sure one are names too; so are two
 * capitalised ones listed together ("May and Rose"), unless both are calendar words ("May and June").
 */
export function confirmListedNames(folded: string, tokens: readonly Token[], matches: ListedMatch[]): void {
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1]!;
    if (!a.pending || !b.pending || a.weak || b.weak || !tokens[a.first]!.capitalised || !tokens[b.first]!.capitalised) continue;
    // "May and June", "Faith, Hope and Joy": months and virtues come in lists too.
    if (CALENDAR_WORDS.has(tokens[a.first]!.key) && CALENDAR_WORDS.has(tokens[b.first]!.key)) continue;
    if (VIRTUES.has(tokens[a.first]!.key) && VIRTUES.has(tokens[b.first]!.key)) continue;
    if (listedBeside(folded, tokens, a.last, b.first)) {
      a.pending = false;
      b.pending = false;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (!m.pending) continue;
      const before = matches[k - 1];
      const after = matches[k + 1];
      const t = tokens[m.first]!;
      if (!t.capitalised) {
        // "zayn, erin and precious in Cedar Class": a lower-case list of names, at least three long.
        if (!m.weak && !VERBS_TOO.has(t.key) && before && !before.pending && !tokens[before.first]!.capitalised && listedBeside(folded, tokens, before.last, m.first)) {
          const earlier = matches[k - 2];
          if (earlier && !earlier.pending && listedBeside(folded, tokens, earlier.last, before.first)) m.pending = false;
        }
        continue;
      }
      if ((before && !before.pending && listedBeside(folded, tokens, before.last, m.first)) || (after && !after.pending && listedBeside(folded, tokens, m.last, after.first))) {
        m.pending = false;
      } else if (!m.weak && before && after && !before.pending && !after.pending && spaceBetween(folded, tokens, before.last, m.first) && spaceBetween(folded, tokens, m.last, after.first)) {
        // "Congrats Penny Max Oscar Riley": between two sure first names, without commas.
        m.pending = false;
      }
    }
  }
}

// Word-names that are also verbs: "amelia and will be there" is not a list of names.
const VERBS_TOO = new Set(['will', 'may', 'hope', 'mark', 'bill', 'rob', 'pat', 'ray', 'drew', 'chase', 'sue', 'don', 'guy', 'wade', 'lance', 'page', 'trust', 'jack']);

function spaceBetween(folded: string, tokens: readonly Token[], a: number, b: number): boolean {
  return b === a + 1 && folded.charCodeAt(tokens[a]!.end) === 32 && tokens[b]!.start === tokens[a]!.end + 1;
}
