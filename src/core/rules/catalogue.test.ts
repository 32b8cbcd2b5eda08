import { describe, expect, it } from 'vitest';
import { defaultParams, RULE_CATALOGUE, ruleById } from './catalogue.ts';

// The ids DESIGN.md lists; the catalogue must hold every one of them.
const DESIGN_IDS = `pupil-not-identified pupil-image-consent no-name-with-image no-personal-data no-offensive-content
no-allegations school-identity-permission no-school-identity-in-profile safe-links no-solicitation
concerns-via-proper-channels no-personal-contact-details professional-account-content no-contact-pupils
no-contact-ex-pupils-under-18 no-contact-parents declare-relationships report-pupil-contact
designated-account-managers personal-device-exception school-equipment-use pupil-phone-in-office
comment-moderation post-approval posting-schedule breach-investigation cyberbullying-evidence
indecent-images-police unsuitable-material-hr parent-post-escalation safeguarding-to-dsl
staff-support-after-abuse judgement-justification consistent-judgement queries-resolved
new-staff-profile-review governor-approval review-period staff-acknowledgement annual-reminder
staff-training equipment-monitoring`.split(/\s+/);

describe('rule catalogue', () => {
  it('holds every rule DESIGN.md names, once each', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...DESIGN_IDS].sort());
  });

  it('gives content rules a severity, and every parameter a default', () => {
    for (const r of RULE_CATALOGUE) {
      if (r.kind === 'content') expect(r.severity, r.id).toBeDefined();
      for (const [name, spec] of Object.entries(r.params)) expect('default' in spec, `${r.id}.${name}`).toBe(true);
    }
  });

  it('fills in defaults', () => {
    expect(defaultParams('no-contact-ex-pupils-under-18')).toEqual({ age: 18 });
    expect(defaultParams('no-contact-parents')).toEqual({ level: 'discouraged' });
    expect(ruleById('review-period')?.params.months).toMatchObject({ type: 'number', default: 24 });
    expect(() => defaultParams('no-such-rule')).toThrow();
  });
});
