// The health check page's view: findings grouped by what they are about, most serious first.
import type { HealthFinding, HealthKind } from '../../core/rules/health-check.ts';
import type { HealthCheckView } from './get-health-check.ts';

const GROUPS: Array<{ heading: string; kinds: HealthKind[] }> = [
  { heading: 'Review and approval', kinds: ['review-overdue', 'review-date-missing', 'approval-missing'] },
  { heading: 'The policy contradicts itself', kinds: ['contradiction'] },
  { heading: 'Out-of-date references', kinds: ['outdated-reference'] },
  { heading: 'Rules most policies have that this one lacks', kinds: ['missing-rule'] },
];

const SEVERITY_TAGS = {
  high: { text: 'Important', classes: 'govuk-tag--red' },
  medium: { text: 'Should fix', classes: 'govuk-tag--orange' },
  low: { text: 'Worth a look', classes: 'govuk-tag--grey' },
} as const;

export function presentHealth(view: HealthCheckView) {
  const present = (f: HealthFinding) => ({ ...f, tag: SEVERITY_TAGS[f.severity] });
  return {
    policy: view.policy,
    version: view.version,
    total: view.findings.length,
    high: view.findings.filter((f) => f.severity === 'high').length,
    groups: GROUPS.map((g) => ({ heading: g.heading, findings: view.findings.filter((f) => g.kinds.includes(f.kind)).map(present) })).filter((g) => g.findings.length),
    rulesFrom: view.rulesFrom.kind === 'rule-set' ? `revision ${view.rulesFrom.set.revision} of this version’s rules (${view.rulesFrom.set.status})` : 'the rules Parapet reads in the text (none confirmed yet)',
  };
}
