// Fictional people for the demo schools, produced as a roster CSV in Parapet's documented
// format so the demo goes through the same import as a real school's MIS export.

const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Zoë', 'Leo', 'Siân', 'Theo', 'Grace', 'Oscar', 'Ivy', 'Harry', 'Rosie', 'Alfie', 'Poppy', 'Jack', 'Maya', 'Finley', 'Evie', 'Reuben'];
const LAST = ['Smith', 'Patel', "O'Neill", 'Jones', 'Okafor', 'Williams', 'Nowak', 'Taylor', 'Brown-Hughes', 'Evans', 'Khan', 'Wilson', 'Davies', 'Thomas', 'Roberts', 'Chen', 'Walker', 'Wright', 'Hall', 'Green'];
const ADULT_FIRST = ['Helen', 'Mark', 'Priya', 'David', 'Claire', 'Tom', 'Fiona', 'Rhys', 'Nadia', 'Gareth', 'Louise', 'Ben', 'Joanna', 'Imran', 'Kate', 'Owen'];

export interface DemoPerson {
  role: string;
  first: string;
  last: string;
  preferred?: string;
  dob?: string;
  year?: string;
  email?: string;
  misId?: string;
  parentOf?: string;
  jobTitle?: string;
}

/** A deterministic roster for one demo school: staff, governors, pupils and their parents. */
export function demoRoster(domain: string, seed: number): DemoPerson[] {
  const pick = <T>(list: readonly T[], i: number) => list[(i * 7 + seed * 5) % list.length]!;
  const people: DemoPerson[] = [
    { role: 'headteacher', first: 'Alex', last: 'Marsh', email: `head@${domain}`, jobTitle: 'Headteacher' },
    { role: 'dsl', first: 'Sara', last: 'Lindqvist', email: `dsl@${domain}`, jobTitle: 'Deputy Headteacher and DSL' },
    { role: 'social-media-manager', first: 'Kieran', last: 'Doyle', email: `office@${domain}`, jobTitle: 'School business manager' },
    { role: 'staff', first: 'Jordan', last: 'Pryce', email: `teacher@${domain}`, jobTitle: 'Class teacher' },
  ];
  for (let i = 0; i < 5; i++) {
    const first = pick(ADULT_FIRST, i + 3);
    const last = pick(LAST, i + 11);
    people.push({ role: i === 4 ? 'volunteer' : 'staff', first, last, email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${i}@${domain}`, jobTitle: i === 4 ? 'Reading volunteer' : 'Teaching assistant' });
  }
  people.push(
    { role: 'governor', first: 'Patricia', last: 'Vane', email: `chair@${domain}`, jobTitle: 'Chair of Governors' },
    { role: 'governor', first: 'Desmond', last: 'Achebe', email: `governor@${domain}`, jobTitle: 'Parent governor' },
  );
  for (let i = 0; i < 24; i++) {
    const year = String((i % 6) + 1);
    const birthYear = 2026 - 6 - Number(year);
    const month = ((i * 5 + seed) % 12) + 1;
    const day = ((i * 11 + seed * 3) % 27) + 1;
    const first = pick(FIRST, i);
    const last = pick(LAST, i + seed);
    const misId = `D${seed}${String(i + 1).padStart(4, '0')}`;
    people.push({
      role: 'pupil',
      first,
      last,
      preferred: first === 'Oliver' ? 'Olly' : undefined,
      dob: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${birthYear}`,
      year,
      misId,
    });
    if (i < 8) {
      const parentFirst = pick(ADULT_FIRST, i + 7);
      people.push({
        role: 'parent',
        first: parentFirst,
        last,
        email: i === 0 ? `parent@${domain}` : `${parentFirst}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + `@parents.${domain}`,
        parentOf: misId,
      });
    }
  }
  return people;
}

const csvCell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function demoRosterCsv(domain: string, seed: number): string {
  const header = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of,job_title';
  const rows = demoRoster(domain, seed).map((p) =>
    [p.role, p.first, p.last, p.preferred, p.dob, p.year, p.misId, p.email, p.parentOf, p.jobTitle].map(csvCell).join(','),
  );
  return `${header}\n${rows.join('\n')}\n`;
}
