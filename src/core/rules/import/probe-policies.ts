// Policies written while building the importer, in voices unlike the seeds (a trust's staff
// code; an infant school's policy for parents and staff with a contents page; a college's guidance
// with the procedures and upkeep rules in other words). Not held out: they
// were used to find wordings the patterns missed. The held-out set is fixtures/holdout.

export const TRUST_STAFF_CODE = `Riverside Learning Trust

Online Safety and Social Media Code for Staff

Approved by the Trust Board on 2 February 2022. Next review: February 2024.

1. Purpose

1.1 This code applies to all employees, supply staff, volunteers and governors of Riverside Academy.

2. Personal accounts

2.1 Colleagues must not send or accept connection requests from current students on any platform, including gaming networks.
2.2 Staff should not have online contact with students who have left the academy until they turn 18.
2.3 We would advise colleagues against adding parents of current students as friends on personal profiles.
2.4 Staff should not list Riverside Academy as their employer on personal social media profiles.
2.5 A colleague who is related to a student, or a close family friend of a parent, should let the Principal know.
2.6 If a student tries to contact you through a personal account, do not respond; take a screenshot and pass it to the Designated Safeguarding Lead.

3. What you post

3.1 Never share photographs of students on a personal account.
3.2 Do not post anything that is discriminatory, abusive, sexually explicit or otherwise illegal.
3.3 Information about students, their families or colleagues that is confidential must not be shared online.
3.4 Staff should not use social media to voice complaints about the academy; the grievance procedure exists for this.
3.5 Posts must never include political campaigning or advertising for private business.

4. The academy's accounts

4.1 The academy's Instagram and X accounts are managed by the Communications Manager.
4.2 All posts are checked and approved by a member of the senior leadership team before publication.
4.3 Only students whose parents have given consent for images to appear online may be pictured on the academy's accounts, and never with their surname.

5. Concerns and breaches

5.1 Any safeguarding concern that arises online must be reported to the Designated Safeguarding Lead the same day.
5.2 Staff who are targeted with abuse online by students or parents should tell their line manager; the academy will offer support, including through the employee assistance programme.
5.3 Failure to follow this code may be treated as misconduct under the disciplinary policy.
5.4 The academy may monitor use of its network and devices.
5.5 All staff will receive training on this code during induction.`;

export const INFANT_SCHOOL_POLICY = `ST. MARY'S C OF E INFANT SCHOOL
SOCIAL MEDIA POLICY
Version 3 – Summer Term 2023
Headteacher: Mrs J Patel
Chair of Governors: Mr R Singh

Contents
Introduction ......................... 1
Expectations of parents ................ 2
Expectations of staff .................... 2
What happens if things go wrong ......... 3

Introduction
This policy explains how parents, carers and staff at St. Mary's should use social media. Parents and carers are asked to read it and follow it.

Expectations of parents
- Please think before you post. Photos from school performances must not be put online if they include other pupils.
- Social media is not the place to raise a complaint. Come and talk to us; our complaints procedure is on the website.
- Comments that are insulting, threatening or abusive towards staff, pupils or other parents are unacceptable.
- Parents should not name other children online.

Expectations of staff
- Staff will not accept friend requests from pupils or parents on their personal accounts.
- Staff will not post about school on their personal accounts unless it is to share a post from the school's own page.
- Staff must not share any confidential information.
- Mobile phones belonging to staff are not to be used to photograph children.

What happens if things go wrong
If we become aware of an inappropriate post by a parent, the Headteacher will contact you and ask for it to be taken down.
If it is not removed, the Headteacher will ask you to come in to discuss it.
We may report the post to the site where it appeared.
Serious cases, including threats, will be passed to the police.
We may also seek advice from our solicitors.

This policy will be reviewed every year by the governing body. Adopted: 10th July 2023`;

export const COLLEGE_GUIDANCE = `Greenfields Community College
Staff Guidance: Social Networking and Electronic Communication

Dated: January 2020
To be reviewed: January 2023

Section A – Your own accounts

A1. Keep your personal mobile number and private email address to yourself; students and their families should only ever be contacted through college systems, except on residential visits where the Head of School has given prior agreement to use a personal phone.

A2. Using college computers for personal social networking is not allowed unless a member of the senior team has authorised it for a work purpose.

A3. When you join the college, check what a member of the public can see on your social media profiles and tighten your privacy settings.

A4. Do not post comments that make accusations against colleagues, students or parents; untrue claims can be libellous.

A5. The college crest, name and photographs of the site must not be used on personal pages without written permission from the Head of School.

Section B – College channels

B1. The college website and social media channels carry news about college life only; they must not be used for personal opinions.

B2. Any hyperlink added to a college channel must be checked first to make sure it leads to a suitable site.

B3. Replies and comments on college channels are read daily by the Digital Lead, who hides anything offensive and tells the Head of School.

Section C – When things go wrong

C1. If you come across indecent images of children on any device, do not open, copy or forward them: call the police straight away.

C2. If you come across other material which is inappropriate but not illegal, inform the Head of School, who will take advice from Human Resources before any further step.

C3. Where staff act outside this guidance because of an emergency, they must explain their reasons to the Head of School afterwards.

C4. Each situation will be looked at individually, and decisions will be consistent with how similar cases were handled in the past.

C5. Questions about this guidance should go to the Deputy Head, who will reply within five working days.

C6. Students' mobile phones found during lessons are taken to reception and may be collected at the end of the day.

Section D – Keeping this guidance alive

D1. All staff sign to confirm that they have read this guidance when they join.

D2. Every September, staff are reminded of this guidance and where it is kept on the shared drive.`;

/** Mentions of training, monitoring, signing and following that say the opposite of a rule, or none. */
export const PERMISSIVE_GUIDANCE = `Brookside Primary School
Staff Social Media Guidance

This guidance applies to all staff.

Staff are free to use social media in their own time, and many do.
Pupils and parents are encouraged to follow the school's Instagram account for news.
This guidance does not cover the school's website, which has its own policy.
Nothing in this guidance prevents staff from being friends with colleagues online.
Parents are not required to sign this guidance.
We do not monitor staff's personal accounts.
Staff are not trained as counsellors, so they should pass any worries about a pupil's wellbeing on.
The school will not ask staff to hand over passwords to personal accounts.
There is no expectation that staff announce where they work on their profiles.`;

/** Another policy that shares some rules with a social media policy. */
export const CHILD_PROTECTION_POLICY = `Ashdown Primary School
Child Protection and Safeguarding Policy

Approved by the Full Governing Body on 4 October 2023. This policy is reviewed annually.

1. Roles
The Designated Safeguarding Lead (DSL) is Mrs A Khan. Any concern about a child's welfare must be reported to the DSL the same day.
All staff receive safeguarding training at induction and every year after that.

2. Allegations against staff
Allegations against a member of staff are reported to the Headteacher, or to the Chair of Governors where the allegation concerns the Headteacher.

3. Online safety
Pupils are taught about staying safe online. Where indecent images of children are found, the police are called at once.
The school monitors the use of its network and filters internet access.

4. Records
Safeguarding records are confidential and must not be shared except with those who need to know.
Breaches of this policy will be investigated under the disciplinary procedure.`;

/** A secondary school's code in short headed sections, with an approach to be reported and abuse to be supported. */
export const SECONDARY_CODE = `Westfield High School — Code of Conduct for Online Communication

Issued: September 2024

Contact with students
Staff should not engage in private online communication with students.
Staff should not be connected to students on any social media platform.
Where a student attempts to connect with a member of staff online, the request should be declined and the DSL informed.
Staff should not be connected to former students who are still at school or under 18.

Contact with parents
Staff are advised not to be friends with parents unless a friendship existed before the child joined the school; any such friendship should be disclosed to the Deputy Headteacher.

The school's online presence
The school's X and Instagram accounts are run by the Marketing Officer, who posts a round-up every Friday.
Any photograph of a student on the school's accounts requires parental consent; surnames are never used.
Content for the school's accounts must be signed off by the Headteacher before it is posted.

Wellbeing
Staff who receive abusive messages from students or parents should report them to their line manager and will be offered support.
Keep a record of abusive messages by taking screenshots.

Misuse
Misuse of social media may result in disciplinary action.`;
