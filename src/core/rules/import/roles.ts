// Named roles in a policy's wording, mapped to the role ids rule parameters use (rule-labels.ts).
import type { RuleRole } from '../rule-labels.ts';

interface RolePattern {
  role: RuleRole;
  re: RegExp;
}

// Most specific first: "Deputy Designated Safeguarding Lead" before "Designated Safeguarding Lead",
// "Deputy Headteacher" before "Headteacher".
const ROLE_PATTERNS: RolePattern[] = [
  { role: 'deputy-dsl', re: /\bdeputy (?:designated safeguarding (?:lead|leader|officer|person)|DSL)\b/i },
  {
    role: 'dsl',
    re: /\b(?:designated safeguarding (?:lead|leader|officer|person|teacher)|DSL|designated (?:senior )?(?:person|teacher|officer|lead|member of staff) (?:for|with responsibility for) (?:child protection|safeguarding)|designated child protection (?:person|officer|lead|co-?ordinator|teacher)|(?:named|designated) safeguarding (?:contact|person|officer|lead)|child protection (?:officer|lead|co-?ordinator|liaison officer)|safeguarding lead)\b/i,
  },
  { role: 'deputy-headteacher', re: /\b(?:deputy|assistant) (?:head ?teacher|head|principal)\b/i },
  { role: 'chair-of-governors', re: /\bchair (?:of (?:the )?(?:governors|governing (?:body|board)|trustees)|of the board)\b/i },
  {
    role: 'slt',
    re: /\b(?:senior (?:leadership|management) team|senior (?:leaders?|leadership|management|managers?|staff|team)|SLT|SMT|leadership team|member of the SLT)\b/i,
  },
  { role: 'social-media-manager', re: /\b(?:social media (?:manager|lead|officer|co-?ordinator)|communications (?:officer|manager|lead)|marketing (?:and communications )?(?:officer|manager|lead))\b/i },
  { role: 'line-manager', re: /\b(?:line manager|supervisor|(?:their|your|his or her) manager)\b/i },
  { role: 'governing-body', re: /\b(?:governing (?:body|board)|board of (?:governors|trustees)|trust board|governors)\b/i },
  { role: 'headteacher', re: /\b(?:(?:the )?(?:executive )?head ?teacher|(?:the )?head of school|(?:the )?principal|the head|head's)\b/i },
];

export interface RoleMention {
  role: RuleRole;
  index: number;
  text: string;
}

/** Every role named in the text, in order of appearance; a longer, more specific name wins an overlap. */
export function rolesIn(text: string): RoleMention[] {
  const found: RoleMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { role, re } of ROLE_PATTERNS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ role, index: start, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first role named after one of the trigger words ("approved by", "agreed with", "report to"), within a short reach. */
export function roleAfter(text: string, trigger: RegExp, reach = 80): RoleMention | null {
  const g = new RegExp(trigger.source, 'gi');
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const after = m.index + m[0].length;
    const role = rolesIn(text.slice(after, after + reach))[0];
    if (role) return { ...role, index: role.index + after };
  }
  return null;
}
