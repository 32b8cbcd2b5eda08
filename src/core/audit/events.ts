// Every audit event Parapet writes, as one typed union. Adding a kind of change means adding
// its event here, so the log stays a complete, readable account of who did what.
export type AuditEvent =
  | { type: 'school.created'; data: { schoolId: string; name: string; slug: string } }
  | { type: 'school.updated'; data: { schoolId: string; fields: string[] } }
  | { type: 'person.created'; data: { personId: string; role: string } }
  | { type: 'person.role-granted'; data: { personId: string; role: string } }
  | { type: 'person.role-ended'; data: { personId: string; role: string } }
  | { type: 'person.invited'; data: { personId: string; email: string } }
  | { type: 'auth.invitation-accepted'; data: { personId: string } }
  | { type: 'auth.signed-in'; data: { personId: string } }
  | { type: 'auth.signed-out'; data: { personId: string } }
  | { type: 'auth.sign-in-failed'; data: { email: string; locked: boolean } }
  | { type: 'auth.password-reset-requested'; data: { personId: string } }
  | { type: 'auth.password-reset'; data: { personId: string } }
  | {
      type: 'roster.imported';
      data: {
        filename: string;
        sha256: string;
        rows: number;
        pupilsCreated: number;
        pupilsUpdated: number;
        peopleCreated: number;
        peopleUpdated: number;
        parentLinksCreated: number;
        /** How the file arrived: uploaded by a signed-in person, or `parapet roster import` on the server. */
        via?: 'web' | 'cli';
      };
    }
  | { type: 'pupil.updated'; data: { pupilId: string; fields: string[] } }
  | { type: 'policy.created'; data: { policyId: string; title: string } }
  | {
      type: 'policy.version-uploaded';
      data: { policyId: string; versionId: string; versionNumber: number; sha256: string | null; clauses: number };
    }
  | {
      type: 'policy.version-details-set';
      data: {
        versionId: string;
        approvedOn: string | null;
        approvedBy: string | null;
        reviewPeriodMonths: number | null;
        nextReviewOn: string | null;
        audiences?: string[];
      };
    }
  | { type: 'policy.version-published'; data: { policyId: string; versionId: string; versionNumber: number } }
  | {
      type: 'policy.acknowledged';
      data: { versionId: string; personId: string; kind: 'signed' | 'will-comply' };
    }
  | { type: 'policy.reminder-sent'; data: { versionId: string; personId: string; kind: string } }
  | {
      type: 'policy-rules.proposed';
      data: { ruleSetId: string; versionId: string; revision: number; origin: 'import' | 'revision' | 'manual'; rules: string[] };
    }
  | { type: 'policy-rules.accepted'; data: { ruleSetId: string; ruleId: string; params: Record<string, unknown> } }
  | { type: 'policy-rules.rejected'; data: { ruleSetId: string; ruleId: string } }
  | {
      type: 'policy-rules.edited';
      data: { ruleSetId: string; ruleId: string; before: Record<string, unknown>; after: Record<string, unknown>; note?: string | null };
    }
  | {
      type: 'policy-rules.added';
      data: { ruleSetId: string; ruleId: string; clauses: string[]; params: Record<string, unknown> };
    }
  | {
      type: 'policy-rules.activated';
      data: { ruleSetId: string; versionId: string; revision: number; rules: string[]; superseded: string | null };
    }
  | {
      /** Each face of a checked photo, as tagged: pupil ids only, never names. Faces after `boxed` were missed by the detector. */
      type: 'photo.faces-tagged';
      data: {
        photoCheckId: string;
        sha256: string;
        boxed: number;
        missed: number;
        faces: Array<{ face: number; tag: 'pupil' | 'not-pupil' | 'not-face' | 'untagged'; pupilId?: string }>;
      };
    }
  | {
      /** Checked photos older than the retention period, deleted with their stripped copies by the nightly job. */
      type: 'photo.checks-expired';
      data: { photoCheckIds: string[]; retentionDays: number };
    };

export type AuditEventType = AuditEvent['type'];

/** One event in its chain, as stored. */
export interface ChainedAuditEvent {
  chain: string;
  seq: number;
  schoolId: string | null;
  at: string; // ISO 8601, UTC, millisecond precision
  actorPersonId: string | null;
  actorIp: string | null;
  type: string;
  data: unknown;
  prevHash: string;
  hash: string;
}
