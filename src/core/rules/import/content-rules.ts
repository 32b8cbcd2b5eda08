// Patterns for the content rules: what may and may not be posted.
import { IMAGE, PHONE_OR_EMAIL, PUPIL, SCHOOL_CHANNEL, SOCIAL, prohibits } from './concepts.ts';
import type { ParamFinding, RuleDetector } from './engine.ts';
import { evidenceAt, findIn, noParams, roleParam } from './params.ts';

const w = (s: string) => new RegExp(`\\b(?:${s})\\b`, 'i');

const IDENTIFY = w('identif(?:y|ies|ied|iable|ying)|name[sd]?|naming|make (?:any )?reference to|refer to|mention');
const CONSENT = w('consent|permission|agreement|authoris\\w+|authoriz\\w+');
const WITHOUT_CONSENT = /\b(?:without|unless|except)\b[^.;]{0,60}\b(?:consent|permission|agreement)\b/i;
const DESIGNATED_ONLY = /\b(?:except|other than|only) (?:by )?(?:a|the) (?:designated|named|nominated|authorised) (?:person|member of staff|staff)\b|\bonly (?:designated|named|authorised) (?:staff|people|persons)\b/i;
const OFFENSIVE = w(
  'derogatory|malicious|rude|abus(?:e|ive)|hateful|hate|offensive|obscene|threat\\w*|discriminatory|racist|sexist|homophobic|sexual(?:ly explicit)?|illegal|harass\\w*|bully\\w*|intimidat\\w+|insult\\w*|pornograph\\w*',
);
const CONFIDENTIAL = w('confidential\\w*|business-sensitive|sensitive information|private (?:or confidential )?(?:school )?(?:matters|information)|confidentiality');
const OTHERS_DATA = /\b(?:personal (?:information|data|details)|information) (?:of|about) (?:others|other people|colleagues|pupils|students|children|families|staff)\b|\b(?:child|family|pupil) identifiable information\b/i;
const LOGO = w("logos?|crest|badge|emblem|branding|(?:the )?school'?s name|name of the school|school or council information|published material|letterhead");
const PERMISSION_TRIGGER = /\b(?:permission|consent|approval|authori[sz]ation|agreement) (?:of|from)\b|\b(?:approved|authori[sz]ed|agreed|permitted|sanctioned) by\b|\b(?:permission|consent|approval|authori[sz]ation)\b/i;

function imageParams(hits: Parameters<NonNullable<RuleDetector['params']>>[0]): ParamFinding {
  const out = noParams();
  for (const h of hits) {
    if (IDENTIFY.test(h.text) && !/\bimages? of\b/i.test(h.text)) continue; // about naming, not posting
    const forbidden = prohibits(h.text) || (!!h.view.leadIn && prohibits(h.view.leadIn));
    if (!out.params.personalAccounts && forbidden && !WITHOUT_CONSENT.test(h.text) && !/\bschool (?:social media )?accounts?\b/i.test(h.text)) {
      const p = findIn([h], /\b(?:never|must not|should not|not|do not|no)\b[^.;]{0,80}/i);
      out.params.personalAccounts = 'never';
      out.paramEvidence.personalAccounts = evidenceAt(h.view, p?.phrase ?? h.phrases[0]!, 'pupil images are not to be posted at all');
    }
    if (!out.params.designatedOnly) {
      const d = findIn([h], DESIGNATED_ONLY);
      if (d) {
        out.params.designatedOnly = true;
        out.paramEvidence.designatedOnly = evidenceAt(h.view, d.phrase, 'only a designated person publishes images');
      }
    }
  }
  return out;
}

export const CONTENT_RULES: RuleDetector[] = [
  {
    id: 'pupil-not-identified',
    patterns: [
      { all: [IDENTIFY, PUPIL], none: [IMAGE, w('profession|employer|place of work|the school where')], prohibition: true, weight: 0.8, reading: 'forbids identifying pupils' },
      { all: [/\b(?:personally identifying|identifiable) information\b/i], prohibition: true, weight: 0.85, reading: 'forbids publishing identifying information' },
      { all: [/\b(?:name|identify) individuals\b/i], prohibition: true, weight: 0.75, reading: 'forbids naming individuals' },
      { all: [/\bmake (?:any )?reference to\b|\bdiscuss(?:ing)? anything (?:to do with|about)\b/i, PUPIL], prohibition: true, weight: 0.85, reading: 'forbids any reference to pupils' },
    ],
    params: (hits) => {
      const strict = findIn(hits, /\b(?:no circumstances|never|not)\b[^.;]{0,40}\b(?:make (?:any )?reference|refer|mention|discuss(?:ing)? anything)\b[^.;]{0,40}\b(?:staff|pupil|parent|school activit)/i);
      if (!strict) return noParams();
      return { params: { strict: true }, paramEvidence: { strict: evidenceAt(strict.hit.view, strict.phrase, 'no reference at all to the school community') } };
    },
  },
  {
    id: 'pupil-image-consent',
    patterns: [
      { all: [IMAGE, PUPIL, w('post\\w*|publish\\w*|upload\\w*|share|sharing|show|put|place[sd]?|appear')], none: [IDENTIFY], prohibition: true, weight: 0.8, reading: 'limits posting images of pupils' },
      { all: [IMAGE, PUPIL, CONSENT], weight: 0.8, reading: 'images of pupils need consent' },
      { all: [IMAGE, w('consent'), w('social media|online|website|facebook|publish\\w*')], weight: 0.6, reading: 'images need consent for social media' },
    ],
    params: imageParams,
  },
  {
    id: 'no-name-with-image',
    patterns: [
      { all: [w('names?|named|naming|identify by name|full names?|surnames?|last names?'), IMAGE, PUPIL], prohibition: true, weight: 0.85, reading: 'forbids naming pupils in photographs' },
      { all: [w('full names?|surnames?|last names?|names? (?:are|is) (?:never|not)'), IMAGE, PUPIL], scope: 'clause', prohibition: true, weight: 0.7, reading: 'photographs of pupils without their names' },
    ],
  },
  {
    id: 'no-personal-data',
    patterns: [
      { all: [CONFIDENTIAL], none: [/\bdiscussions?\b/i], prohibition: true, weight: 0.8, reading: 'forbids disclosing confidential information' },
      { all: [OTHERS_DATA], prohibition: true, weight: 0.8, reading: "forbids sharing others' personal information" },
      { all: [w('share|disclose|reveal|post|publish'), w('information'), PUPIL, w('families|colleagues|staff|parents')], prohibition: true, weight: 0.7, reading: 'forbids sharing information about people at school' },
    ],
  },
  {
    id: 'no-offensive-content',
    patterns: [
      { all: [OFFENSIVE], prohibition: true, weight: 0.75, reading: 'forbids offensive or abusive content' },
      { all: [new RegExp(`${OFFENSIVE.source}[^.;]{0,40}${OFFENSIVE.source}[^.;]{0,40}${OFFENSIVE.source}`, 'i')], prohibition: true, weight: 0.85, reading: 'forbids a list of offensive kinds of content' },
      { all: [OFFENSIVE, w('not be tolerated|will not tolerate|removed|unacceptable')], weight: 0.8, reading: 'offensive content is not tolerated' },
    ],
  },
  {
    id: 'no-allegations',
    patterns: [
      { all: [w('defam\\w+|libel\\w*|slander\\w*')], weight: 0.8, reading: 'forbids defamatory statements' },
      { all: [/\b(?:mak(?:e|es|ing)|post(?:s|ing)?|publish(?:es|ing)?) (?:any )?(?:\w+ )?allegations\b/i], weight: 0.8, reading: 'forbids making allegations' },
      { all: [/\ballegations (?:about|against)\b/i, SOCIAL], prohibition: true, weight: 0.7, reading: 'forbids making allegations online' },
    ],
  },
  {
    id: 'school-identity-permission',
    patterns: [
      { all: [LOGO, PERMISSION_TRIGGER], weight: 0.85, reading: "the school's name or logo needs permission" },
      { all: [LOGO, SOCIAL], prohibition: true, weight: 0.6, reading: "limits use of the school's name or logo" },
    ],
    params: (hits) => roleParam(hits, 'approverRole', PERMISSION_TRIGGER, 'who gives permission'),
  },
  {
    id: 'no-school-identity-in-profile',
    patterns: [
      { all: [w('identify|list|name|mention|state|give|post|put|include|reveal|disclose'), /\b(?:your|their) (?:profession|occupation|employer|job title|workplace|place of work)\b|\bthe school where (?:you|they) work\b/i], prohibition: true, weight: 0.8, reading: 'forbids naming the school on personal profiles' },
      { all: [w('profiles?|bio|biography'), w('employer|school|profession|job title|place of work')], prohibition: true, weight: 0.75, reading: 'forbids naming the school on personal profiles' },
      { all: [/\bidentify(?:ing)? (?:themselves|yourself|oneself) as (?:being )?(?:associated with|working (?:at|for)|employed by|a member of staff)\b/i], prohibition: true, weight: 0.75, reading: 'forbids naming the school on personal profiles' },
    ],
  },
  {
    id: 'safe-links',
    patterns: [{ all: [w('links?|hyperlinks?'), w('safe|appropriate|suitable|reputable|checked')], none: [w('possess\\w*|indecent')], weight: 0.8, reading: 'links must go to safe sites' }],
  },
  {
    id: 'no-solicitation',
    patterns: [
      { all: [w('solicitations?|soliciting|solicit|canvass\\w*')], weight: 0.8, reading: 'forbids solicitation' },
      { all: [w('political|commercial|religious|financial'), w('interests|purposes|views|campaign\\w*|promotion|advertis\\w+|gain')], prohibition: true, weight: 0.6, reading: 'forbids political or commercial use' },
    ],
  },
  {
    id: 'concerns-via-proper-channels',
    patterns: [
      { all: [w('complain\\w*|complaints?|grievances?|concerns?|frustrations?'), SOCIAL], none: [w('safeguarding|child protection|at risk')], prohibition: true, weight: 0.75, reading: 'concerns are not to be raised on social media' },
      { all: [w('(?:appropriate|proper|correct|official|usual) (?:channels?|procedures?|routes?)|complaints? (?:procedure|policy)|grievance (?:procedure|policy)'), w('concerns?|complaints?|grievances?')], weight: 0.8, reading: 'concerns go through the proper channels' },
      { all: [w('air(?:ing)? (?:their |your )?grievances|raise (?:any )?concerns'), w('procedures?|policy|line manager|channels?')], weight: 0.7, reading: 'concerns go through the proper procedures' },
      { all: [w('complaints?|concerns?|grievances?'), w('directly (?:with|to) the school|rather than (?:post\\w*|us\\w*|rais\\w*)|instead of (?:post\\w*|us\\w*)'), SOCIAL], weight: 0.75, reading: 'concerns go to the school, not social media' },
    ],
  },
  {
    id: 'no-personal-contact-details',
    patterns: [
      { all: [w('personal|own|private|home'), PHONE_OR_EMAIL, /\b(?:pupils?|students?|child(?:ren)?|parents?|carers?|families|school community|young (?:people|person))\b/i], none: [w('school (?:phone|e-?mail)')], prohibition: true, weight: 0.8, reading: 'personal contact details are not given to pupils or parents' },
      { all: [w('personal|own|private|home'), PHONE_OR_EMAIL, /\bkeep (?:\w+ ){0,8}(?:private|to (?:yourself|themselves))\b/i], weight: 0.75, reading: 'personal contact details are kept private' },
    ],
  },
  {
    id: 'professional-account-content',
    patterns: [
      { all: [SCHOOL_CHANNEL, w('(?:solely|only|purely|strictly|entirely) professional|personal (?:content|opinions?|views)|life of the school|(?:school|college|academy) life|(?:school|college|academy) news|celebrat\\w+')], weight: 0.8, reading: "the school's accounts carry only professional content" },
    ],
  },
];
