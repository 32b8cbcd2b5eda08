// The detectors the engine runs, in order. Add a detector with one import and one entry.
import { birthdayDetector } from './birthdays.ts';
import { personalContactDetector } from './contact.ts';
import { emailDetector } from './emails.ts';
import type { Detector } from './engine.ts';
import { linkDetector } from './links.ts';
import { nameDetector } from './names.ts';
import { phoneDetector } from './phones.ts';
import { placeDetector } from './places.ts';
import { schoolIdentityDetector } from './school-identity.ts';

export const DETECTORS: readonly Detector[] = [
  nameDetector,
  phoneDetector,
  emailDetector,
  placeDetector,
  birthdayDetector,
  linkDetector,
  personalContactDetector,
  schoolIdentityDetector,
];
