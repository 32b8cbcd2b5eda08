// Links (linkifyjs): link shorteners, raw IP addresses, look-alikes of the school's own domain,
// gambling or adult sites, addresses under the top-level domains most used for spam and scams
// (.xyz, .top, .win ...) and a well-known name in someone else's address (robux-gift.com,
// paypal-secure-login.net) are `unsafe-link`. Well-known safe hosts and the school's own domain
// pass; any other link is not judged.
import { find } from 'linkifyjs';
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

const SHORTENERS = new Set(
  `bit.ly tinyurl.com t.co goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at rb.gy tiny.cc bl.ink t.ly s.id
  v.gd lnkd.in adf.ly shorte.st tr.im cli.gs qr.net x.co po.st bc.vc u.to shrtco.de rotf.lol tiny.one linktr.ee
  bit.do cutt.us clck.ru qrco.de urlz.fr shorturl.com soo.gd short.io dub.sh tinyurl.co`.split(/\s+/),
);
const SAFE_SUFFIXES = ['gov.uk', 'nhs.uk', 'bbc.co.uk', 'bbc.com', 'parliament.uk', 'ac.uk', 'police.uk', 'ofsted.gov.uk', 'nationalarchives.gov.uk'];
const BAD_BRANDS = new Set(
  `bet365 betfair betway skybet paddypower williamhill ladbrokes unibet betvictor pokerstars 888casino 888poker
  coral grosvenorcasinos stake betfred boylesports mrgreen leovegas casumo pornhub xhamster xvideos xnxx redtube
  youporn chaturbate onlyfans brazzers stripchat livejasmin spankbang fansly manyvids lottoland betano 1xbet
  sportingbet betuk galabingo jackpotjoy meccabingo tombola virginbet betmgm draftkings fanduel betsson`.split(/\s+/),
);
const BAD_WORDS = /casino|poker|slots|gambl|bingo|roulette|blackjack|sportsbook|porn|xxx|hentai|escort|nsfw|camgirl|sexcam|nude|onlyfans/;
const BAD_TLDS = new Set(['xxx', 'adult', 'porn', 'sex', 'casino', 'bet', 'poker', 'bingo']);
// Top-level domains where most registered names are spam, scams or malware (Spamhaus's "most
// abused TLDs" lists over the years); cheap or free to register in bulk.
const ABUSED_TLDS = new Set(
  `xyz top win click loan icu buzz tk ml ga cf gq bid stream racing download trade accountant men party webcam
  cricket faith gdn rest cyou cfd sbs bond monster quest kim su cam date review science work`.split(/\s+/),
);
// Names scams borrow: found as a whole word of another site's address, they mark a scam.
const SCAM_BRANDS = new Set(
  `paypal hmrc dvla royalmail parcelforce robux vbucks fortnite roblox netflix icloud office365 microsoft natwest
  barclays santander hsbc monzo ebay whatsapp instagram facebook tiktok snapchat ipad iphone playstation`.split(/\s+/),
);
// Names that are also ordinary words or places: a scam only beside a bait word (apple-id-verify).
const BAIT_BRANDS = new Set('amazon apple steam evri hermes dpd lloyds halifax nationwide tesco asda argos disney spotify xbox nintendo'.split(' '));
const ALL_BRANDS = [...SCAM_BRANDS, ...BAIT_BRANDS];
const BAIT = /^(?:free|giftcard|giftcards|claim|prize|prizes|winner|reward|rewards|bonus|refund|verify|verification|login|signin|secure|unlock|billing|giveaway|generator|redelivery|voucher|vouchers|id)$/;
// Second-level domains under which a name is registered (oakfield.co.uk), as opposed to .com.
const SECOND_LEVEL = /^(?:co|org|me|ltd|plc|net|sch|ac|gov|com)$/;
const IP_HOST = /^(?:\d{1,3}\.){3}\d{1,3}$|^\[[0-9a-f:]+\]$/;
const LOOKS_LIKE_A_LINK = /[a-z0-9-]\.[a-z]{2,}|:\/\//g;

export const linkDetector: Detector = {
  name: 'links',
  detect: findUnsafeLinks,
};

export function findUnsafeLinks(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const folded = text.folded;
  const drafts: FindingDraft[] = [];
  LOOKS_LIKE_A_LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let doneUpTo = 0;
  while ((m = LOOKS_LIKE_A_LINK.exec(folded)) !== null) {
    // linkify reads only the stretch of text without spaces around the hint: most of a text has no links.
    const from = chunkStart(folded, m.index);
    if (from < doneUpTo) continue;
    const to = chunkEnd(folded, m.index);
    doneUpTo = to;
    LOOKS_LIKE_A_LINK.lastIndex = to;
    const chunk = text.folded.slice(from, to);
    if (plainlySafe(chunk, ctx.index.school.domain) && !/[^\x20-\x7e]/.test(text.original.slice(text.toOriginalStart(from), text.toOriginalEnd(to)))) continue;
    for (const link of find(text.cased.slice(from, to), 'url')) {
      const host = hostOf(link.href);
      if (!host) continue;
      const start = from + link.start;
      const end = from + link.end;
      const written = text.original.slice(text.toOriginalStart(start), text.toOriginalEnd(end));
      const why = judge(host, ctx.index.school.domain, /[^\x20-\x7e]/.test(written));
      if (why) drafts.push({ category: 'unsafe-link', rule: 'safe-links', start, end, confidence: why.confidence, reason: why.reason });
    }
  }
  return drafts;
}

/** An e-mail address, or one link to a safe host or the school's own: no need to run linkify. */
function plainlySafe(chunk: string, schoolDomain: string | null): boolean {
  if (chunk.includes('@') && !chunk.includes('/')) return true;
  const m = /^[^a-z0-9]*(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#][^\s,;]*)?[^a-z0-9/]*$/.exec(chunk);
  if (!m) return false;
  const host = m[1]!;
  if (schoolDomain && (host === schoolDomain || host.endsWith(`.${schoolDomain}`))) return true;
  return SAFE_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

function chunkStart(s: string, i: number): number {
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

function chunkEnd(s: string, i: number): number {
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Exactly what /\s/ matches, without a regular expression per character. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function hostOf(href: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(href);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : null;
}

function judge(host: string, schoolDomain: string | null, disguised: boolean): { reason: string; confidence: number } | null {
  const bare = host.replace(/^www\./, '');
  if (schoolDomain && (bare === schoolDomain || bare.endsWith(`.${schoolDomain}`))) {
    return disguised ? { reason: "This link imitates the school's own address with look-alike letters", confidence: 0.95 } : null;
  }
  if (IP_HOST.test(host)) return { reason: 'This link goes to a bare IP address, not a named site', confidence: 0.9 };
  if (SHORTENERS.has(bare)) return { reason: 'This is a shortened link: readers cannot see where it goes', confidence: 0.9 };
  if (schoolDomain && imitates(bare, schoolDomain)) return { reason: `This link looks like the school's address (${schoolDomain}) but is not it`, confidence: 0.85 };
  if (SAFE_SUFFIXES.some((s) => bare === s || bare.endsWith(`.${s}`))) return null;
  const labels = bare.split('.');
  if (BAD_TLDS.has(labels.at(-1)!) || labels.some((l) => BAD_BRANDS.has(l) || BAD_WORDS.test(l))) {
    return { reason: 'This link goes to a gambling or adult site', confidence: 0.9 };
  }
  if (bare.split('.').some((l) => l.startsWith('xn--'))) return { reason: 'This link uses an international address that can imitate another site', confidence: 0.7 };
  const brand = borrowedBrand(labels);
  if (brand) return { reason: `This link puts a well-known name (${brand}) in an address that is not that company's, as scams do`, confidence: 0.85 };
  const tld = labels.at(-1)!;
  if (ABUSED_TLDS.has(tld)) return { reason: `This link's address ends in .${tld}, which is used mostly by spam and scam sites`, confidence: 0.75 };
  return null;
}

/** The well-known name a host borrows (robux-gift.xyz, paypal.com.secure-login.net), or null. */
function borrowedBrand(labels: readonly string[]): string | null {
  // The name the site is registered under: "amazon" in smile.amazon.co.uk.
  const own = labels.length >= 3 && SECOND_LEVEL.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? labels.at(-3)! : labels.at(-2);
  const words = labels.slice(0, -1).flatMap((l) => l.split(/[-\d]+/)).filter(Boolean);
  const bait = words.some((w) => BAIT.test(w));
  for (const w of words) {
    if (w === own) continue;
    if (SCAM_BRANDS.has(w) || (BAIT_BRANDS.has(w) && bait)) return w;
  }
  // Written as one word: amazongiftcards, paypalverify.
  for (const l of labels.slice(0, -1)) {
    for (const b of ALL_BRANDS) {
      if (l.startsWith(b) && BAIT.test(l.slice(b.length))) return b;
    }
  }
  return null;
}

/** oakfie1d.sch.uk, oakfield-sch.co.uk, oakfield.sch.uk.verify.com: close to the school's domain but not it. */
function imitates(rawHost: string, rawSchool: string): boolean {
  // Compared as "skeletons": I, 1 and l look alike, as do 0 and o, and rn and m.
  const host = skeleton(rawHost);
  const school = schoolSkeleton(rawSchool);
  if (host === school || host.startsWith(`${school}.`)) return true;
  if (Math.abs(host.length - school.length) <= 2 && distance(host, school) <= 2) return true;
  const core = school.split('.')[0]!;
  if (core.length < 4 || !host.includes(core)) return false;
  return /sch|school|academy|login|secure|verify|pay|account|portal/.test(host.replace(core, ''));
}

// The school's skeleton, kept: the same school is checked text after text.
let lastSchool = '';
let lastSchoolSkeleton = '';
function schoolSkeleton(domain: string): string {
  if (domain !== lastSchool) {
    lastSchoolSkeleton = skeleton(domain);
    lastSchool = domain;
  }
  return lastSchoolSkeleton;
}

function skeleton(s: string): string {
  return s.replace(/rn/g, 'm').replace(/[i1|]/g, 'l').replace(/0/g, 'o').replace(/vv/g, 'w');
}

/** Levenshtein distance, for short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
