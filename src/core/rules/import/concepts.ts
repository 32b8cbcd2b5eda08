// The words the importer listens for, grouped by meaning rather than by any one policy's wording:
// who (pupils, parents, roles), what (images, contact, personal details) and how firmly (must not,
// advised not, consider carefully). Rule patterns combine these.

const words = (...alternatives: string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');

export const PUPIL = words('pupils?', 'students?', 'child(?:ren)?', 'child/ren', 'young (?:people|persons?)', 'learners?', 'minors?');
export const EX_PUPIL = words(
  'ex-?\\s?(?:pupils?|students?)',
  '(?:former|past|previous|old) (?:pupils?|students?)',
  '(?:pupils?|students?|child(?:ren)?) who (?:have|has) left',
  'no longer (?:with|within|in|at|attending)(?: [a-z]+){0,3}',
  'left (?:the|our) school',
  'school leavers?',
);
export const PARENT = words('parents?', 'carers?', 'parent/carers?', 'parents/carers', 'families', 'guardians?', 'parental');
export const SOCIAL = words(
  'social (?:media|network(?:ing)?s?)',
  'facebook',
  'twitter',
  'instagram',
  'tiktok',
  'snapchat',
  'whatsapp',
  'online',
  'internet',
  'personal accounts?',
  'blogs?',
  'websites?',
  'sites?',
  'posts?',
);
/** Relationship-making on social media: friending, following, messaging, accepting requests. */
export const CONNECT = words(
  'friends?',
  "'friend'",
  'friended',
  'friending',
  'befriend\\w*',
  'follow(?:s|ed|ing|ers?)?',
  'connect(?:s|ed|ing|ions?)?',
  'friend requests?',
  'requests?',
  'communicat\\w*',
  'correspond\\w*',
  'messag\\w*',
  'contact',
  'subscribers?',
  'relationships?',
  'invite',
  'accept(?:s|ed|ing)?',
  'engage in',
  'use (?:personal )?social media with',
);
export const IMAGE = words('photo\\w*', 'pictures?', 'images?', 'videos?', 'footage', 'film(?:s|ed|ing)?', 'recordings?');
export const PHONE_OR_EMAIL = words(
  'e-?mails?(?: address(?:es)?| accounts?)?',
  '(?:mobile )?(?:tele)?phones?(?: numbers?)?',
  'mobiles?',
  'numbers?',
  'contact details',
  'home address(?:es)?',
  'devices?',
);

/** The school's own accounts and channels, whatever the school calls itself. */
export const SCHOOL_CHANNEL = words(
  "(?:school|college|academy|official|our|the school's|the college's|the academy's)(?: website and)? (?:social (?:media|networking) )?(?:accounts?|pages?|channels?|feeds?)",
  "(?:our|the school|the school's|the college|the academy|official) (?:facebook|twitter|x|instagram|tiktok|youtube) (?:page|accounts?|channels?)",
);

/** Firm prohibitions. Tested after conditionals ("even if you do not…") are removed. */
export const PROHIBIT = words(
  'must not',
  'mustn.t',
  'should not',
  'shouldn.t',
  'shall not',
  'may not',
  'cannot',
  'can not',
  'will not',
  "won't",
  'not (?:be )?(?:considered |deemed |regarded as )?(?:as )?(?:permitted|allowed|acceptable|appropriate|tolerated)',
  'never',
  'do not',
  "don't",
  'does not',
  'prohibited',
  'forbidden',
  'banned',
  'unacceptable',
  'inappropriate',
  'under no circumstances',
  'no (?:member of staff|members of staff|staff|one|employee|adult|colleague|volunteer)s? (?:may|should|must|can|will|is to|are to|is permitted|are permitted)',
  'no circumstances',
  'is a breach',
  'avoid',
  'refrain',
  'not to',
  'not [a-z]+ing',
  'not (?:use|give|share|post|accept|contact|communicate|publish|disclose|put|make|send|reveal|upload)',
  'not be',
  'nor',
);
/** Softer limits: advice against rather than a rule. */
export const DISCOURAGE = words(
  '(?:strongly )?(?:recommended|advised|advisable|encouraged|suggested) (?:that )?(?:[a-z/]+ ){0,8}not',
  'advis(?:e|es|ed|ing)? (?:[a-z]+ ){0,3}against',
  '(?:advised|recommended|encouraged|best|wise) (?:to|that (?:[a-z]+ ){0,4}) ?avoid',
  'should (?:try to|ideally|normally) (?:avoid|not)',
  'discouraged',
  'not (?:recommended|advisable|advised|encouraged)',
  'best avoided',
  'should avoid',
  'are asked not',
);
/** Permission or personal judgement: the policy leaves the decision to the member of staff. */
export const JUDGEMENT = words(
  'consider carefully',
  'carefully consider',
  'consider whether',
  'think (?:very )?carefully',
  'use (?:their|your|professional) (?:professional )?judge?ment',
  'exercise (?:their|your)? ?(?:professional )?(?:judge?ment|discretion|caution)',
  'at (?:their|your) (?:own )?discretion',
  'may (?:be connected|connect|accept|be friends|have (?:[a-z]+ ){0,3}(?:contact|connections?|relationships?))',
  'can (?:be connected|connect|accept|be friends)',
  'is (?:permitted|allowed|acceptable) where',
  'genuine (?:friendship|relationship)',
  '(?:use|using|exercise|exercising) (?:extreme |great |the utmost )?caution',
);
/** Reporting, telling or passing a matter on to someone. */
export const REPORT = words('report\\w*', 'inform\\w*', 'tell', 'notif\\w+', 'pass(?:es|ed)? (?:it |them |this |these )?(?:on )?to', 'pass(?:ed)? on', 'let (?:[a-z]+ ){0,3}know', 'refer(?:red)?', 'alert', 'raise[ds]? with', 'contact the', 'made known', 'known to');

/** Removes conditional clauses ("even if you do not identify…,", "if you are not sure…") before polarity tests. */
export function withoutConditionals(text: string): string {
  return text.replace(/\b(?:even if|even though|whether or not|if|unless)\b[^,;:.]{0,80}[,;:]/gi, ' ');
}

export const prohibits = (text: string) => PROHIBIT.test(withoutConditionals(text));
