// The check engine's contract: `check(input, context) => Finding[]`, pure and synchronous once a
// school's index is built. Detectors are small modules, each finding one family of problems.
import type { Severity } from '../rules/catalogue.ts';

export const FINDING_CATEGORIES = [
  'pupil-name',
  'staff-name',
  'parent-name',
  'phone',
  'email',
  'postcode',
  'street-address',
  'date-of-birth',
  'profanity',
  'abuse',
  'threat',
  'hate',
  'sexual',
  'allegation',
  'school-identity',
  'unsafe-link',
  'personal-contact',
  // Not named in the list, which asks for both to be found: a concern for the complaints
  // procedure (rule concerns-via-proper-channels) and political, commercial or religious solicitation.
  'complaint',
  'solicitation',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** `post`: a draft for an official account; `comment`: incoming on a school page; `personal`: a staff member's own post. */
export type CheckKind = 'post' | 'comment' | 'personal';

export interface CheckInput {
  kind: CheckKind;
  text: string;
  /** The text goes out beside an image: a pupil's name then breaks `no-name-with-image` when the policy has it. */
  withImage?: boolean;
}

export interface Finding {
  category: FindingCategory;
  /** The catalogue rule it breaks (an id from core/rules/catalogue.ts). */
  rule: string;
  /** The clause of the school's active policy that backs the rule, when there is one. */
  clause?: { number: string; text: string };
  /** Offsets into the original input text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The matched text, exactly `input.text.slice(start, end)`. */
  text: string;
  severity: Severity;
  /** 0–1: how sure the engine is. */
  confidence: number;
  /** One plain-English sentence saying why, e.g. "This names Amelia Smith (Year 6)". */
  reason: string;
}

/** A roster person as the name index needs them. */
export interface RosterPerson {
  role: 'pupil' | 'staff' | 'parent' | 'governor';
  firstName: string;
  lastName: string;
  preferredFirstName?: string | null;
  preferredLastName?: string | null;
  /** For pupils: "Year 6", shown in reasons. */
  yearGroup?: string | null;
  dateOfBirth?: string | null;
}

/** The school's own published details: never findings. */
export interface SchoolIdentity {
  name?: string | null;
  domain?: string | null;
  phone?: string | null;
  email?: string | null;
  /** The school's own postcode and street address, published on its website. */
  postcode?: string | null;
  address?: string | null;
}

/** A rule the school's active policy turns on, with its clause. */
export interface ActiveRule {
  id: string;
  params: Record<string, unknown>;
  clause?: { number: string; text: string };
}
