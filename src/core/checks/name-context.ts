// Context that makes an ambiguous first name ("Will", "May", "Grace") a name: capitalised, and a
// cue next to it ("Well done Grace", "Will scored", "Holly in Year 4", "Grace's painting").
import {
  CALENDAR_WORDS,
  CUES_AFTER,
  CUES_AFTER_TWO,
  CUES_BEFORE_ONE,
  CUES_BEFORE_TWO,
  PARENT_WORDS,
  VIRTUES,
} from './name-words.ts';
import type { Token } from './tokens.ts';

// After these an ambiguous word is not a name: "May half term", "Summer fair", "Holly Lodge".
const NOT_A_NAME_AFTER = new Set([
  'half', 'term', 'holiday', 'holidays', 'bank', 'fair', 'fete', 'concert', 'service', 'uniform', 'camp', 'club',
  'break', 'reading', 'time', 'day', 'festival', 'show', 'trip', 'disco', 'ball', 'week', 'newsletter', 'exams',
  'sats', 'mock', 'mocks', 'residential', 'assembly', 'production', 'market', 'lodge', 'house', 'class', 'street',
  'road', 'lane', 'close', 'avenue', 'drive', 'school', 'academy', 'primary', 'nursery', 'church', 'hall', 'tree', 'trees',
  'bush', 'bushes', 'berries', 'hedge', 'leaves', 'wood', 'woods', 'garden', 'gardens', 'plant', 'plants', 'flower', 'flowers', 'bulbs',
  'warning', 'warnings', 'alert', 'alerts', 'light', 'lights',
]);

// Cues after a name that a month or season does too: "Summer can't come soon enough", "May came and went".
const NOT_FOR_CALENDAR = new Set(['cant', 'couldnt', 'came', 'finished', 'passed', 'keeps', 'kept', 'shows', 'showed', 'completed', 'raised', 'misses']);
// Word-names that are also verbs before "you'll": "Hope you'll come", "May you're blessed".
const VERBS_BEFORE_YOU = new Set(['hope', 'may', 'will', 'trust', 'pray', 'wish', 'mark', 'bill', 'drew', 'rob', 'pat', 'ray', 'chase', 'guy']);
// After "<name> in <Class>": "if May in Kingfisher has swimming", "May in Kingfisher forgot her bag".
const DOES_AFTER_CLASS = new Set(['has', 'hasnt', 'needs', 'got', 'did', 'didnt', 'does', 'doesnt', 'forgot', 'left', 'lost', 'brought', 'took', 'wants', 'went', 'missed']);

export function ambiguousNameHasContext(folded: string, tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (!t.capitalised) return false;
  const next = tokens[last + 1];
  const nextInSentence = next && !next.sentenceStart ? next : undefined;
  if (hasClassInBrackets(folded, tokens, last)) return true;
  if (nextInSentence && (NOT_A_NAME_AFTER.has(nextInSentence.key) || /^\d/.test(nextInSentence.key))) return false;
  const key = t.key;
  if (nextInSentence && CUES_AFTER.has(nextInSentence.key) && !(CALENDAR_WORDS.has(key) && NOT_FOR_CALENDAR.has(nextInSentence.key))) return true;
  // "Joy you'll be playing for the Lionesses one day": spoken to.
  if (nextInSentence && !VERBS_BEFORE_YOU.has(key) && !CALENDAR_WORDS.has(key) && spokenTo(nextInSentence, after2Of(tokens, last))) return true;
  // "Will you're a legend": the modal never takes "you're", so Will is spoken to.
  if (key === 'will' && nextInSentence?.key === 'youre') return true;
  // "So proud of our Hope! She hasn't stopped talking": the next sentence says she or he.
  if (next && next.sentenceStart && (next.key === 'she' || next.key === 'he') && next.capitalised && first > 0) return true;
  if (classOrYearFollows(folded, tokens, last) || inClassDoing(tokens, last)) return true;
  const after2 = tokens[last + 2];
  if (nextInSentence && after2 && !after2.sentenceStart && !CALENDAR_WORDS.has(key) && !VIRTUES.has(key) && CUES_AFTER_TWO.has(`${nextInSentence.key} ${after2.key}`)) return true;
  if (hasYearAfter(tokens, last)) return true;
  if (t.sentenceStart) return false;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  if (cheeredBefore(tokens, first)) return true;
  // "Year 5 Precious, Year 6 Faith": a year group just before, as in a list of stars.
  if (b1 && b2 && !b1.sentenceStart && (b2.key === 'year' || b2.key === 'yr') && /^\d{1,2}$/.test(b1.key) && !nextInSentence?.capitalised) return true;
  const lastToken = tokens[last]!;
  if (lastToken.possessive && nextInSentence && !nextInSentence.capitalised && !CALENDAR_WORDS.has(key)) return true;
  // "starts in Hazel in September", "into Rowan": a class or a place, not a person.
  if (b1 && (b1.key === 'in' || b1.key === 'into')) return false;
  // Capitalised in mid-sentence, not part of a longer proper name ("Grace Church") and not in a
  // title-case line: "Today Grace helped", "a card from Will".
  if (!t.allCaps && !CALENDAR_WORDS.has(key) && !VIRTUES.has(key) && !(nextInSentence?.capitalised) && !inTitleCase(tokens, first)) return true;
  return false;
}

/** A cheer or thanks just before, in the same sentence: "Congratulations Grace", "Well done to FH". */
export function cheeredBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.sentenceStart) return false;
  const b1 = tokens[i - 1];
  const b2 = tokens[i - 2];
  if (b1 && CUES_BEFORE_ONE.has(b1.key)) return true;
  return !!b1 && !!b2 && !b1.sentenceStart && CUES_BEFORE_TWO.has(`${b2.key} ${b1.key}`);
}

/** Most words around are capitalised: "Star Of The Week Goes To Grace", a heading, not a sentence. */
function inTitleCase(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = Math.max(0, at - 4); k <= Math.min(tokens.length - 1, at + 4); k++) {
    if (k === at) continue;
    words++;
    if (tokens[k]!.capitalised) capitalised++;
  }
  return words > 0 && capitalised / words > 0.5;
}

// After "<name> you": "Max you were brilliant", "Joy you absolute star".
const YOU_WERE = new Set(['were', 'are', 'did', 'rock', 'rocked', 'smashed', 'nailed', 'absolute', 'legend', 'star', 'superstar', 'deserve', 'deserved', 'should', 'made']);

function after2Of(tokens: readonly Token[], last: number): Token | undefined {
  const t = tokens[last + 2];
  return t && !t.sentenceStart ? t : undefined;
}

/** "Joy you'll be playing for the Lionesses", "Max you were brilliant": the name is spoken to. */
function spokenTo(next: Token, after: Token | undefined): boolean {
  if (next.key === 'youll' || next.key === 'youre') return true;
  return next.key === 'you' && !!after && YOU_WERE.has(after.key);
}

/** "May in Kingfisher has swimming on Monday": "in", a capitalised class name, and something done. */
function inClassDoing(tokens: readonly Token[], last: number): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  if (!a || !b || !c || a.key !== 'in' || !b.capitalised || b.allCaps || b.sentenceStart || c.sentenceStart || c.capitalised) return false;
  return DOES_AFTER_CLASS.has(c.key) && !(c.key === 'has' && tokens[last + 4]?.key === 'been');
}

/** "Robin (Robin Class)", "Robin (Y2)": a class or year in brackets straight after the name. */
function hasClassInBrackets(folded: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !/^\.?\s*\(\s*$/.test(folded.slice(tokens[last]!.end, next.start))) return false;
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > last + 1 && folded.slice(tokens[k - 1]!.end, t.start).includes(')')) return false;
    if (t.key === 'class' || t.key === 'year' || t.key === 'yr' || t.key === 'reception' || /^y\d{1,2}$/.test(t.key)) return true;
  }
  return false;
}

/** A class or a year group just after a name or initials: "in Year 4", "(Robin Class)", "in Kingfisher Class". */
export function classOrYearFollows(folded: string, tokens: readonly Token[], last: number): boolean {
  // After initials ("J.M.") the full stop is not the end of a sentence.
  if (hasYearAfter(tokens, last, true) || hasClassInBrackets(folded, tokens, last)) return true;
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  return a?.key === 'in' && !!b && b.capitalised && !b.sentenceStart && (b.key === 'class' || (c?.key === 'class' && !c.sentenceStart));
}

/** "Holly in Year 4", "Grace (Year 4)", "Grace, Reception". */
function hasYearAfter(tokens: readonly Token[], last: number, afterInitials = false): boolean {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentenceStart && !(afterInitials && k === last + 1)) return false;
    if (t.key === 'year' || t.key === 'yr' || t.key === 'y') {
      const n = tokens[k + 1];
      return !!n && !n.sentenceStart && /^(?:\d{1,2}|r|reception)$/.test(n.key);
    }
    if (t.key === 'reception' || t.key === 'nursery') return true;
    if (!['in', 'from', 'of', 'class'].includes(t.key)) return false;
  }
  return false;
}

/** A word for a parent within a few words: "Amelia's mum, Sarah Jones". */
export function hasParentWordNear(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 5); k <= Math.min(tokens.length - 1, last + 5); k++) {
    if (PARENT_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}

/** "Amelia, Grace and Will": a word joined to a name by a comma, "and" or "&" is in the same list. */
export function listedBeside(folded: string, tokens: readonly Token[], a: number, b: number): boolean {
  // a is the last token of the earlier name, b the first token of the later one.
  if (b === a + 1) return /^\s*(?:,|&|\+)\s*$/.test(folded.slice(tokens[a]!.end, tokens[b]!.start));
  if (b === a + 2 && tokens[a + 1]!.key === 'and') {
    return /^\s*,?\s*$/.test(folded.slice(tokens[a]!.end, tokens[a + 1]!.start)) && /^\s+$/.test(folded.slice(tokens[a + 1]!.end, tokens[b]!.start));
  }
  return false;
}
