// The detectors the engine runs, in order. Add a detector with one import and one entry.
import { birthdayDetector } from './birthdays.ts';
import { personalContactDetector } from './contact.ts';
import { emailDetector } from './emails.ts';
import type { Detector } from './engine.ts';
import { linkDetector } from './links.ts';
import { nameDetector } from './names.ts';
import { phoneDetector } from './phones.ts';
import { phoneWordsDetector } from './phone-words.ts';
import { placeDetector } from './places.ts';
import { schoolIdentityDetector } from './school-identity.ts';
import { abuseDetector } from './language/abuse.ts';
import { allegationDetector } from './language/allegation.ts';
import { complaintDetector } from './language/complaint.ts';
import { hateDetector } from './language/hate.ts';
import { insultDetector } from './language/insults.ts';
import { profanityDetector } from './language/profanity.ts';
import { sexualDetector } from './language/sexual.ts';
import { solicitationDetector } from './language/solicitation.ts';
import { threatDetector } from './language/threat.ts';
import { languageModelDetector } from './language/model/language-model.ts';

export const DETECTORS: readonly Detector[] = [
  nameDetector,
  phoneDetector,
  phoneWordsDetector,
  emailDetector,
  placeDetector,
  birthdayDetector,
  linkDetector,
  personalContactDetector,
  schoolIdentityDetector,
  profanityDetector,
  abuseDetector,
  insultDetector,
  threatDetector,
  hateDetector,
  sexualDetector,
  allegationDetector,
  complaintDetector,
  solicitationDetector,
  // After the patterns: a sentence they already report keeps their more precise finding.
  languageModelDetector,
];
