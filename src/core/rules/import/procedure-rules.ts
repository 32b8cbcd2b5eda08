// Patterns for permissions, procedures and the policy's own upkeep (training, reminders, monitoring).
import { PUPIL, REPORT, SCHOOL_CHANNEL } from './concepts.ts';
import type { Hit, ParamFinding, RuleDetector } from './engine.ts';
import { evidenceAt, findIn, firstRole, noParams, roleParam } from './params.ts';
import { rolesIn } from './roles.ts';
import { WEEKDAYS } from '../rule-labels.ts';

const w = (s: string) => new RegExp(`\\b(?:${s})\\b`, 'i');

const APPROVAL_TRIGGER = /\b(?:approv\w*|agreed|agreement|permission|consent|authori[sz]\w*|sanction\w*)\b(?: (?:in advance|beforehand|first))?(?: (?:by|with|from|of))?/i;
const PERSONAL_DEVICE = /\b(?:personal|own|private) (?:mobile )?(?:(?:tele)?phones?|mobiles?|e-?mail(?: accounts?| address(?:es)?)?|devices?|contact details|(?:phone )?numbers?)\b/i;
const SCHOOL_KIT = w("(?:school|school's|college|academy|our|work) (?:equipment|computers?|devices?|systems?|networks?|IT|laptops?|tablets?|internet)|computers, networks|IT resources|intranet|internet systems");
const POST = w('posts?|posting|content|updates?|tweets?|material|anything');
const BULLYING = w('cyber-?bull\\w*|bull(?:y|ied|ying)|abus\\w+|harass\\w*|target(?:ed)?|victims?|threat\\w*|trolling');
const DSL_CONCERN = w('safeguarding|child protection|prevent|radicali[sz]\\w+|extremis\\w+|at risk|welfare|concerns?|inappropriate communications? involving');

/** A DSL role named in a clause, its name removed so that "designated person for child protection" is not itself a concern. */
function dslIn(text: string): { found: boolean; rest: string } {
  const dsl = rolesIn(text).filter((r) => r.role === 'dsl' || r.role === 'deputy-dsl');
  const pieces: string[] = [];
  let at = 0;
  for (const r of dsl) {
    pieces.push(text.slice(at, r.index));
    at = r.index + r.text.length;
  }
  pieces.push(text.slice(at));
  return { found: dsl.length > 0, rest: pieces.join(' ') };
}

function scheduleParams(hits: readonly Hit[]): ParamFinding {
  const out = noParams();
  const day = findIn(hits, new RegExp(`\\b(${WEEKDAYS.join('|')})s?\\b`, 'i'));
  if (day) {
    out.params.day = day.match[1]!.toLowerCase();
    out.paramEvidence.day = evidenceAt(day.hit.view, day.phrase, 'day of the week');
  }
  const freq = findIn(hits, /\b(weekly|fortnightly|monthly|every (?:week|fortnight|month)|each week|of each week|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i);
  if (freq) {
    const f = freq.match[1]!.toLowerCase();
    out.params.frequency = /fortnight/.test(f) ? 'fortnightly' : /month/.test(f) ? 'monthly' : 'weekly';
    out.paramEvidence.frequency = evidenceAt(freq.hit.view, freq.phrase, 'how often');
  }
  return out;
}

/** The role named after the trigger ("approved by the Headteacher"), else one named before it ("the Head has agreed"). */
function roleOrNamed(hits: readonly Hit[], name: string, trigger: RegExp, reading: string): ParamFinding {
  const found = roleParam(hits, name, trigger, reading);
  return found.params[name] ? found : firstRole(hits.filter((h) => APPROVAL_TRIGGER.test(h.text)), name, reading);
}

export const PROCEDURE_RULES: RuleDetector[] = [
  {
    id: 'report-pupil-contact',
    patterns: [
      {
        all: [/\b(?:communications?|contact|requests?|approach(?:es)?|messages?|invitations?)(?: \w+){0,2} (?:received )?from (?:a |any )?(?:pupils?|students?|child(?:ren)?)\b|\b(?:pupils?|students?|child) (?:contacts?|sends?|approaches|messages|requests|(?:tries|attempts) to (?:contact|connect|friend|follow|message))\b/i, REPORT],
        // Abuse from pupils is the staff-support rule, not an approach to be reported.
        none: [/\b(?:abus\w+|threat\w*|harass\w*|insult\w*)\b/i],
        scope: 'clause',
        weight: 0.8,
        reading: 'contact from a pupil is reported',
      },
      { all: [w('rejecting|declin\\w+|refus\\w+'), w('approach(?:es)?|requests?'), w('retain|keep|record')], scope: 'clause', weight: 0.75, reading: 'rejections of pupil approaches are kept' },
    ],
    params: (hits, doc) => {
      const found = roleParam(hits, 'reportTo', /\b(?:report\w*|inform\w*|tell|notif\w+|refer\w*) (?:\w+ ){0,3}(?:to|with)\b|\breport\w*\b/i, 'who it is reported to');
      if (found.params.reportTo) return found;
      const named = firstRole(hits, 'reportTo', 'who it is reported to'); // "pass it to the DSL"
      if (named.params.reportTo) return named;
      // "…rejecting any approaches." followed by "Staff must also consider reporting these to senior leaders".
      const next = hits.map((h) => doc.views[h.view.index + 1]).find((v) => v && /\breport\w*\b/i.test(v.plain));
      const role = next ? rolesIn(next.plain)[0] : undefined;
      return next && role ? { params: { reportTo: role.role }, paramEvidence: { reportTo: evidenceAt(next, role.text, 'who it is reported to') } } : found;
    },
  },
  {
    id: 'designated-account-managers',
    affirmative: true,
    patterns: [
      { all: [w('designated|named|nominated|authorised|responsible for'), w("accounts?|(?:facebook|twitter|instagram|social media) (?:page|account)s?|school(?:'s)? (?:facebook|twitter|social media)")], none: [w('personal (?:social media )?accounts?')], weight: 0.75, reading: "named staff run the school's accounts" },
      { all: [/\b(?:accounts?|pages?|channels?|feeds?) (?:are|is|will be) (?:run|managed|maintained|administered|operated|updated) by\b|\b(?:maintain|manage|run|administer|update)s? the school(?:'s)? (?:facebook|twitter|instagram|social media|accounts?|pages?)\b/i], weight: 0.8, reading: "named staff run the school's accounts" },
    ],
  },
  {
    id: 'personal-device-exception',
    patterns: [
      { all: [PERSONAL_DEVICE, w('unless|except|prior approval|agreed|approved|permission|in advance|consent')], weight: 0.8, reading: 'personal phones or e-mail only with approval' },
      { all: [PERSONAL_DEVICE, w('contact|communicat\\w+|school business'), PUPIL], prohibition: true, weight: 0.6, reading: 'personal phones are not used to contact pupils' },
    ],
    params: (hits) => roleOrNamed(hits, 'approverRole', APPROVAL_TRIGGER, 'who approves'),
  },
  {
    id: 'school-equipment-use',
    patterns: [
      { all: [SCHOOL_KIT, w('social (?:media|network\\w*)|blogging|personal use|facebook|occasional use')], none: [w('monitor\\w*')], weight: 0.8, reading: 'social networking on school equipment is limited' },
      { all: [SCHOOL_KIT, w('misuse|breach|not permitted|authoris\\w+|unless')], weight: 0.7, reading: 'school equipment is used only as authorised' },
    ],
    params: (hits) => roleOrNamed(hits, 'approverRole', /\b(?:authori[sz]ed|approved|permitted|agreed) by\b/i, 'who authorises'),
  },
  {
    id: 'pupil-phone-in-office',
    patterns: [{ all: [/\b(?:pupils?|child(?:ren)?|students?)(?:'s|')? (?:\w+ ){0,3}(?:mobile )?phones?\b|\bphones? (?:is )?brought into school by a (?:pupil|child|student)\b/i, w('office|handed in|reception|stored|kept|collected')], scope: 'clause', weight: 0.8, reading: "pupils' phones are kept in the office" }],
  },
  {
    id: 'comment-moderation',
    affirmative: true,
    patterns: [
      { all: [w('comments?|replies'), w('agreed|approved|moderat\\w+|monitored|removed|deleted|hidden|hides|reviewed|checked|read (?:daily|regularly)'), new RegExp(`${SCHOOL_CHANNEL.source}|\\b(?:page|accounts?|published|publishing|official|school's|our)\\b`, 'i')], none: [w('parents?/carers? removes|removes such')], weight: 0.8, reading: "comments on the school's accounts are moderated" },
    ],
  },
  {
    id: 'post-approval',
    affirmative: true,
    patterns: [
      { all: [POST, /\b(?:must|should|will|are to|is to|need to) (?:first )?be (?:approved|signed off|checked|authori[sz]ed|agreed)\b|\bapprov\w+ (?:of|for) (?:all |every |each )?(?:posts?|content)\b|\bbefore (?:it is |they are |being )?(?:posted|published|going live)\b|\bbefore (?:publication|publishing|posting)\b|\b(?:are|is) (?:\w+ and )?(?:approved|signed off|authori[sz]ed) by\b/i], none: [w('comments?|photograph\\w*|images?|personal')], weight: 0.8, reading: 'posts are approved before they go out' },
    ],
    params: (hits) => roleParam(hits, 'approverRole', /\b(?:approved|signed off|checked|authori[sz]ed|agreed) by\b|\bapproval (?:of|from)\b/i, 'who approves posts'),
  },
  {
    id: 'posting-schedule',
    affirmative: true,
    patterns: [
      { all: [w('weekly|fortnightly|monthly|every (?:week|fortnight|month|monday|tuesday|wednesday|thursday|friday)|each week|on a (?:monday|tuesday|wednesday|thursday|friday)'), w('post\\w*|round-?up|update|newsletter|summary|published')], weight: 0.8, reading: 'a recurring post' },
    ],
    params: scheduleParams,
  },
  {
    id: 'breach-investigation',
    affirmative: true,
    patterns: [
      { all: [w('breach\\w*|misuse|inappropriate (?:use|usage)|fail\\w* to (?:comply|adhere|follow)|contraven\\w+'), w('investigat\\w+|disciplinary|dismissal|misconduct|sanctions?')], weight: 0.85, reading: 'breaches are investigated and may lead to disciplinary action' },
    ],
  },
  {
    id: 'cyberbullying-evidence',
    affirmative: true,
    patterns: [
      {
        all: [w('screen ?(?:shots?|prints?|grabs?)|screenshots?|keep (?:a )?(?:records?|evidence|copies|a copy)|save (?:the )?(?:evidence|messages)|record the (?:time|date)|not delete')],
        weight: 0.8,
        reading: 'targets keep evidence',
        // Evidence of bullying or abuse, not a record of some other contact.
        where: (text, view) => BULLYING.test(text) || BULLYING.test(view.heading ?? '') || BULLYING.test(view.plain),
      },
    ],
  },
  {
    id: 'indecent-images-police',
    affirmative: true,
    patterns: [{ all: [w('indecent|child (?:sexual )?abuse (?:images|material)'), w('police|CEOP')], scope: 'clause', weight: 0.85, reading: 'indecent images go to the police' }],
  },
  {
    id: 'unsuitable-material-hr',
    affirmative: true,
    patterns: [{ all: [w('(?:unsuitable|inappropriate|offensive) (?:material|content|images)|(?:material|content) (?:which|that) is (?:unsuitable|inappropriate|offensive)'), w('HR|human resources|personnel|advice')], scope: 'clause', weight: 0.8, reading: 'unsuitable material: HR advice first' }],
  },
  {
    id: 'safeguarding-to-dsl',
    patterns: [
      { all: [DSL_CONCERN], scope: 'clause', weight: 0.85, reading: 'safeguarding concerns go to the DSL', where: (text) => isDslConcern(text) },
      {
        all: [DSL_CONCERN, REPORT, /\b(?:as above|as set out above|in the same way)\b/i],
        scope: 'clause',
        weight: 0.8,
        reading: 'safeguarding concerns are reported to the DSL named above',
        where: (_text, view, views) => view.index > 0 && dslIn(views[view.index - 1]!.plain).found,
      },
    ],
    params: (hits, doc) => {
      for (const h of hits) {
        for (const v of [h.view, doc.views[h.view.index - 1]]) {
          const role = v ? rolesIn(v.plain).find((r) => r.role === 'dsl') : undefined;
          if (v && role) return { params: { reportTo: 'dsl' }, paramEvidence: { reportTo: evidenceAt(v, role.text, 'who concerns go to') } };
        }
      }
      return noParams();
    },
  },
  {
    id: 'staff-support-after-abuse',
    affirmative: true,
    patterns: [
      { all: [w('support\\w*|counsell\\w+|wellbeing'), w('abuse\\w*|abusive|insult\\w*|threat\\w*|harass\\w*|bull(?:y|ied|ying)|target(?:ed)?|comments about (?:them|you)'), w('staff|employees?|you')], none: [w('support pupils|support the school')], scope: 'clause', weight: 0.75, reading: 'staff abused online are supported' },
    ],
  },
  {
    id: 'judgement-justification',
    affirmative: true,
    patterns: [{ all: [w('justif\\w+|explain (?:their|your|the) reasons?|account for (?:their|your) (?:actions?|decisions?)'), w('head ?teacher|principal|head|action|decision|outside')], weight: 0.8, reading: 'action outside the policy is justified' }],
  },
  {
    id: 'consistent-judgement',
    affirmative: true,
    patterns: [
      { all: [w('case[- ]by[- ]case')], weight: 0.8, reading: 'cases are judged one by one' },
      { all: [w('consisten\\w+'), w('previous|earlier|past|similar|other) (?:cases|decisions|judge?ments')], weight: 0.7, reading: 'cases are judged consistently' },
    ],
  },
  {
    id: 'queries-resolved',
    affirmative: true,
    patterns: [{ all: [w('quer(?:y|ies)|questions about (?:this|the) (?:policy|guidance|code)'), w('resolv\\w+|answer\\w*|respond\\w*|repl(?:y|ies|ied)|dealt with|addressed')], weight: 0.8, reading: 'queries about the policy are answered' }],
  },
  {
    id: 'new-staff-profile-review',
    affirmative: true,
    patterns: [{ all: [w('new (?:staff|employees?|starters?|members of staff|colleagues)|when (?:they|you) join|on joining|induction'), w('review|check|audit|tidy'), w('profiles?|sites?|accounts?|privacy settings|online presence|social network\\w*')], weight: 0.8, reading: 'new staff review their own profiles' }],
  },
  {
    id: 'staff-acknowledgement',
    affirmative: true,
    patterns: [
      { all: [w('sign(?:ed)?|signature|acknowledg\\w+|read and understood|confirm (?:that )?(?:they|you) have read'), w('(?:this|the) (?:policy|code|guidance|document)')], none: [w('sign-?in|signing in')], weight: 0.8, reading: 'staff sign to say they have read the policy' },
    ],
  },
  {
    id: 'annual-reminder',
    affirmative: true,
    patterns: [{ all: [w('remind\\w*'), w('annually|each year|every year|yearly|annual|termly|every term|regularly|(?:every|each) (?:january|february|march|april|may|june|july|august|september|october|november|december|autumn|spring|summer)|at the start of (?:each|every) (?:academic )?(?:year|term)')], weight: 0.8, reading: 'everyone is reminded of the policy regularly' }],
  },
  {
    id: 'staff-training',
    affirmative: true,
    patterns: [{ all: [w('train\\w*|induction|CPD|briefings?'), w('staff|employees|policy|new')], weight: 0.8, reading: 'staff are trained in the policy' }],
  },
  {
    id: 'equipment-monitoring',
    affirmative: true,
    patterns: [
      { all: [w('monitor\\w*'), w('internet|network|systems?|equipment|e-?mails?|IT|usage|communications|use of|social media')], none: [w("their children|children's|comments?|parents?/carers?")], weight: 0.8, reading: 'use of school systems may be monitored' },
    ],
  },
];

/** Safeguarding concerns: a concern word besides the DSL's own title, in a clause naming the DSL. */
export function isDslConcern(text: string): boolean {
  const { found, rest } = dslIn(text);
  return found && DSL_CONCERN.test(rest);
}
