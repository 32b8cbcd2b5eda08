// Deterministic fixtures for the check benchmark: a fictional roster of 2,000 people and
// 300-character texts of the kinds a school sees (posts, comments, personal posts), some clean,
// some with names, phone numbers, e-mails, links or rude words.
import type { CheckKind, RosterPerson } from '../src/core/checks/types.ts';

const FIRST = `Amelia Olivia Isla Ava Mia Ivy Lily Freya Florence Willow Rosie Sophia Isabella Grace Evie Poppy Ella Daisy
Sienna Elsie Harper Aria Zoë Siân Aoife Nia Maya Zainab Aisha Fatima Oliver Noah George Leo Arthur Muhammad Oscar Harry
Archie Jack Henry Theo Freddie Alfie Charlie Thomas Jacob Finley Teddy Reggie Rory Tommy Oisín Ibrahim Yusuf Kai Will
May Hope Holly Summer Rose Joy`.split(/\s+/);
const LAST = `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White
Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee
King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly
Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer
Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey O'Neill O'Brien
Davies-Price Moore-Ahmed Hart-Wilson MacDonald McKenzie Nowak Kowalski Okafor Adeyemi Mensah Chen Nguyen Kaur Rahman`.split(/\s+/);

/** A small seeded generator, so every run uses the same roster and texts. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchRoster(size: number, seed = 1): RosterPerson[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const people: RosterPerson[] = [];
  for (let i = 0; i < size; i++) {
    const x = r();
    const role: RosterPerson['role'] = x < 0.6 ? 'pupil' : x < 0.68 ? 'staff' : x < 0.98 ? 'parent' : 'governor';
    const person: RosterPerson = { role, firstName: pick(FIRST), lastName: pick(LAST) };
    if (role === 'pupil') {
      const year = Math.floor(r() * 7);
      person.yearGroup = year === 0 ? 'Reception' : String(year);
      person.dateOfBirth = `${2014 + Math.floor(r() * 7)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    }
    people.push(person);
  }
  return people;
}

const CLEAN = [
  'What a fantastic week in Year 4! The children have been exploring the Romans and built an impressive model of Hadrian’s Wall.',
  'Reminder: school closes at 1.30pm on Friday for the end of term. We will see you after May half term, on Monday 3 June.',
  'Thank you to everyone who came to the Summer fair. The PTA raised £1,284.50 for new playground equipment.',
  'We say grace before lunch and the choir will sing at the harvest festival service on 12/10/2025 at 2pm in the church.',
  'Our football team won 3-2 against Hill Top today; a great effort from everyone involved and thanks to the parents who drove.',
  'Please read the latest guidance on term dates at https://www.gov.uk/school-term-holiday-dates and on bbc.co.uk/bitesize.',
  'Holly and ivy decorations are up in the hall, and the Reception class have been learning about hope and kindness this week.',
  'Our Year 6 residential to the Lake District was a huge success. The children climbed, canoed and cooked on a camp fire.',
  'Well done to all of our readers this term: the library has lent over 2,000 books. Keep reading over the holidays!',
  'The school office (01632 960123, office@oakfield.sch.uk) is open 8am to 4pm. Ref 2024-00123 for the trip payment.',
];
const RISKY = [
  (n: string) => `Huge congratulations to ${n} who won the county cross-country championship on Saturday morning!`,
  (n: string) => `${n}'s painting has been chosen for the town hall exhibition. We are all so proud of this achievement.`,
  (n: string) => `Lost a blue coat? Call me on 07700 900123 or email jo.bloggs at gmail dot com. Mrs ${n.split(' ')[1]} has it.`,
  () => 'Get cheap tickets here: bit.ly/3xYzAbC and bet365.com — DM me for the discount code on my personal WhatsApp.',
  () => 'This is absolute sh1t, the teachers here are useless idiots and someone should sort them out before I do.',
  (n: string) => `Happy 10th birthday to ${n}, born 4th March 2015, who lives at 14 Acacia Avenue, OX4 2DE.`,
];

export interface BenchText {
  kind: CheckKind;
  text: string;
}

/** `count` texts of about 300 characters: 60 % clean, 40 % with something to find. */
export function benchTexts(count: number, people: readonly RosterPerson[], seed = 2): BenchText[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const pupils = people.filter((p) => p.role === 'pupil');
  const kinds: CheckKind[] = ['post', 'post', 'comment', 'personal'];
  const out: BenchText[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    let risky = r() < 0.4;
    while (text.length < 300) {
      if (risky && text.length > 60) {
        const p = pick(pupils);
        text += `${pick(RISKY)(`${p.firstName} ${p.lastName}`)} `;
        risky = false;
      } else text += `${pick(CLEAN)} `;
    }
    out.push({ kind: pick(kinds), text: text.slice(0, 300) });
  }
  return out;
}
