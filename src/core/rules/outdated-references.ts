// References that date a policy: repealed law, renamed bodies, social networks that have closed
// or been renamed. Each entry says what it is now, in one plain sentence; only facts we are sure of.

export interface OutdatedReference {
  id: string;
  pattern: RegExp;
  /** Short name for the finding's title. */
  name: string;
  /** What has changed, and what to write instead. */
  advice: string;
  severity: 'high' | 'medium' | 'low';
  /** A clause that already says what changed is not out of date, e.g. "X (formerly Twitter)". */
  unless?: RegExp;
}

export const OUTDATED_REFERENCES: readonly OutdatedReference[] = [
  {
    id: 'dpa-1998',
    pattern: /\bData Protection Act,?\s*(?:of\s+)?1998\b|\bDPA\s*1998\b/i,
    name: 'Data Protection Act 1998',
    advice: 'The Data Protection Act 1998 was repealed in 2018. Refer to the UK GDPR and the Data Protection Act 2018 instead.',
    severity: 'high',
  },
  {
    id: 'crb',
    pattern: /\bCriminal Records? Bureau\b|\bCRB\s+(?:check|checks|disclosure)/i,
    name: 'Criminal Records Bureau',
    advice: 'The Criminal Records Bureau was replaced by the Disclosure and Barring Service (DBS) in 2012. Refer to DBS checks instead.',
    severity: 'medium',
  },
  {
    id: 'isa',
    pattern: /\bIndependent Safeguarding Authority\b/i,
    name: 'Independent Safeguarding Authority',
    advice: 'The Independent Safeguarding Authority merged into the Disclosure and Barring Service (DBS) in 2012.',
    severity: 'medium',
  },
  {
    id: 'lscb',
    pattern: /\b(?:Local\s+)?Safeguarding Children(?:'s)? Boards?\b|\bLSCBs?\b/i,
    name: 'Safeguarding Children Board',
    advice: 'Local Safeguarding Children Boards were replaced by local safeguarding partnerships (the local authority, police and health services) in 2019. Refer to your local safeguarding partnership instead.',
    severity: 'medium',
  },
  {
    id: 'twitter',
    pattern: /\btwitter\b/i,
    name: 'Twitter',
    advice: 'Twitter was renamed X in 2023. Write "X (formerly Twitter)" so readers recognise it.',
    severity: 'low',
    unless: /\bX\b[^.]{0,20}\bformerly\b|\bnow (?:called |known as )?X\b|\(X\)|\bX\/Twitter\b|\bTwitter\/X\b/,
  },
  {
    id: 'bebo',
    pattern: /\bBebo\b/i,
    name: 'Bebo',
    advice: 'Bebo closed as a social network in 2013 and is no longer one that staff or pupils use. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'ning',
    pattern: /\bNing\b/,
    name: 'Ning',
    advice: 'Ning, once a popular way to build discussion sites, is now rarely used. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'google-plus',
    pattern: /\bGoogle\s*(?:\+|Plus\b)/i,
    name: 'Google+',
    advice: 'Google+ closed to the public in April 2019. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'vine',
    pattern: /\bVine\b/,
    name: 'Vine',
    advice: 'Vine stopped taking new videos in January 2017. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'myspace',
    pattern: /\bMy\s?Space\b/i,
    name: 'Myspace',
    advice: 'Myspace has not been a mainstream social network for well over a decade. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'friends-reunited',
    pattern: /\bFriends\s+Reunited\b/i,
    name: 'Friends Reunited',
    advice: 'Friends Reunited closed in 2016. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'periscope',
    pattern: /\bPeriscope\b/,
    name: 'Periscope',
    advice: 'Periscope closed in March 2021. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'msn',
    pattern: /\b(?:MSN|Windows Live|Yahoo!?)\s+Messenger\b/i,
    name: 'MSN, Windows Live or Yahoo Messenger',
    advice: 'MSN and Windows Live Messenger closed in 2013, and Yahoo Messenger in 2018. Name the services people use today instead.',
    severity: 'low',
  },
  {
    id: 'google-hangouts',
    pattern: /\bGoogle\s+Hangouts\b/i,
    name: 'Google Hangouts',
    advice: 'Google Hangouts was replaced by Google Chat and Google Meet in 2022.',
    severity: 'low',
  },
];

/** Dated national guidance: "Keeping Children Safe in Education 2016" when a newer edition exists. */
const DATED_GUIDANCE = /\b(Keeping Children Safe in Education|Working Together to Safeguard Children)\b[\s,(]*(?:\(?\s*(?:September\s+)?)((?:19|20)\d\d)\b/gi;

export interface ReferenceMatch {
  reference: Pick<OutdatedReference, 'id' | 'name' | 'advice' | 'severity'>;
  /** The words as they appear in the clause. */
  quote: string;
}

/** Every outdated reference in one clause's text, once each. `year` is this year, for dated guidance. */
export function findOutdatedReferences(text: string, year: number): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  for (const ref of OUTDATED_REFERENCES) {
    const m = ref.pattern.exec(text);
    if (m && !(ref.unless && ref.unless.test(text))) out.push({ reference: ref, quote: m[0] });
  }
  for (const m of text.matchAll(DATED_GUIDANCE)) {
    const edition = Number(m[2]);
    // A new edition appears most years; one two or more years old has certainly been replaced.
    if (edition <= year - 2) {
      const name = m[1]!.replace(/\s+/g, ' ');
      out.push({
        reference: {
          id: `dated-guidance-${name.toLowerCase().replace(/\s+/g, '-')}`,
          name: `${name} ${edition}`,
          advice: `This cites the ${edition} edition of ${name}, which has since been replaced. Refer to the current edition, without a year, so the policy does not date.`,
          severity: 'medium',
        },
        quote: m[0],
      });
    }
  }
  return out;
}
