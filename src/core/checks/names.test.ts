import { describe, expect, it } from 'vitest';
import { check } from './engine.ts';
import { found, testContext } from './test-roster.ts';

describe('names', () => {
  it('finds full names, first names, first name plus initial and possessives, in any case', () => {
    expect(found('Well done Amelia Smith!')).toEqual([['pupil-name', 'Amelia Smith']]);
    expect(found('Amelia led the assembly.')).toEqual([['pupil-name', 'Amelia']]);
    expect(found('Amelia S. won the race')).toEqual([['pupil-name', 'Amelia S']]);
    expect(found("Amelia Smith's painting")).toEqual([['pupil-name', 'Amelia Smith']]);
    expect(found('well done amelia smith')).toEqual([['pupil-name', 'amelia smith']]);
    expect(found('WELL DONE AMELIA SMITH')).toEqual([['pupil-name', 'AMELIA SMITH']]);
  });

  it('finds preferred names as well as legal ones, and everyday short forms with the surname', () => {
    expect(found('William Jones and Will Jones')).toEqual([['pupil-name', 'William Jones'], ['pupil-name', 'Will Jones']]);
    expect(found('Ollie Patel and Billy Jones, #OlliePatel')).toEqual([['pupil-name', 'Ollie Patel'], ['pupil-name', 'Billy Jones'], ['pupil-name', 'OlliePatel']]);
    expect(found('Thank you Tom Whitfield')).toEqual([['staff-name', 'Tom Whitfield']]);
    expect(found('Ollie was here; Billy too')).toEqual([]);
  });

  it('handles accents, apostrophes and hyphens', () => {
    expect(found("Zoë O'Neill")).toEqual([['pupil-name', "Zoë O'Neill"]]);
    expect(found('zoe oneill')).toEqual([['pupil-name', 'zoe oneill']]);
    expect(found('Zoe O\u2019Neill\u2019s model')).toEqual([['pupil-name', 'Zoe O\u2019Neill']]);
    expect(found('Siân Davies-Price')).toEqual([['pupil-name', 'Siân Davies-Price']]);
    expect(found('Sian Davies Price')).toEqual([['pupil-name', 'Sian Davies Price']]);
  });

  it('finds names in hashtags and mentions', () => {
    expect(found('So proud #AmeliaSmith')).toEqual([['pupil-name', 'AmeliaSmith']]);
    expect(found('cc @amelia_smith and @ameliasmith')).toEqual([['pupil-name', 'amelia_smith'], ['pupil-name', 'ameliasmith']]);
  });

  it('does not cry wolf at ordinary words that are also names', () => {
    expect(found('We will see you after May half term.')).toEqual([]);
    expect(found('We say grace before lunch.')).toEqual([]);
    expect(found('Hope you all have a lovely Summer holiday; the holly is up.')).toEqual([]);
    expect(found('Will you join us? May we remind parents that Grace Church is closed.')).toEqual([]);
    expect(found("Read May's newsletter")).toEqual([]);
  });

  it('counts an ordinary-word name with context', () => {
    expect(found('Well done Grace!')).toEqual([['pupil-name', 'Grace']]);
    expect(found('Congratulations Will')).toEqual([['pupil-name', 'Will']]);
    expect(found('Will scored twice on Saturday')).toEqual([['pupil-name', 'Will']]);
    expect(found('Holly in Reception painted this')).toEqual([['pupil-name', 'Holly']]);
    expect(found('Amelia, Grace and May sang')).toEqual([['pupil-name', 'Amelia'], ['pupil-name', 'Grace'], ['pupil-name', 'May']]);
    expect(found('Grace Taylor')).toEqual([['pupil-name', 'Grace Taylor']]);
    expect(found('Well done to Will!')).toEqual([['pupil-name', 'Will']]);
    expect(found('Today Holly helped in the garden')).toEqual([['pupil-name', 'Holly']]);
    expect(found('Services at Grace Church; Summer Term Starts Soon For Holly Class')).toEqual([]);
    expect(found('May and Holly had a brilliant time')).toEqual([['pupil-name', 'May'], ['pupil-name', 'Holly']]);
    expect(found('Between May and June we will')).toEqual([]);
    expect(found('Grace, Hope and Joy are our values')).toEqual([]);
  });

  it('names staff and parents with titles, and warns rather than blocks', () => {
    const [staff] = check({ kind: 'post', text: 'Thank you Mrs Patel.' }, testContext());
    expect(staff).toMatchObject({ category: 'staff-name', text: 'Mrs Patel', severity: 'warn' });
    expect(found('Mr Whitfield ran the club')).toEqual([['staff-name', 'Mr Whitfield']]);
    expect(found('Sarah Smith called')).toEqual([['parent-name', 'Sarah Smith']]);
    expect(found("You're a disgrace, Whitfield. I'll have you, Whitfield, see")).toEqual([['staff-name', 'Whitfield'], ['staff-name', 'Whitfield']]);
    expect(found('Whitfield Road and Whitfield, the town, are lovely')).toEqual([]);
  });

  it('reports a name shared by a pupil and an adult as the pupil, and says who else it matches', () => {
    const [f] = check({ kind: 'post', text: 'Grace scored a goal' }, testContext());
    expect(f).toMatchObject({ category: 'pupil-name', text: 'Grace' });
    expect(f!.reason).not.toContain('parent');
    const [shared] = check({ kind: 'post', text: 'Oliver Patel and Patel family' }, testContext([], [
      { role: 'pupil', firstName: 'Oliver', lastName: 'Patel', yearGroup: '2' },
      { role: 'parent', firstName: 'Oliver', lastName: 'Patel' },
    ]));
    expect(shared).toMatchObject({ category: 'pupil-name', text: 'Oliver Patel' });
    expect(shared!.reason).toBe('This names Oliver Patel (Year 2), a pupil; the name also matches a parent.');
  });

  it("does not treat a governor's published name as personal data", () => {
    expect(found('Our chair of governors, John Hughes, and Mr Hughes again')).toEqual([]);
  });

  it('does not name an adult by first name alone unless someone is addressed by it', () => {
    expect(found('Priya and Tom ran the stall')).toEqual([]);
    expect(found('Lovely party, thanks Sarah!', 'comment')).toEqual([['parent-name', 'Sarah']]);
    expect(found('Thank you Tom for a great trip', 'comment')).toEqual([['staff-name', 'Tom']]);
    expect(found('Sarah, you need to calm down', 'comment')).toEqual([['parent-name', 'Sarah']]);
    expect(found('Well said, Priya.', 'comment')).toEqual([['staff-name', 'Priya']]);
    expect(found('@Sarah see you at the gate', 'comment')).toEqual([['parent-name', 'Sarah']]);
    // A greeting to someone with another surname is someone else; a governor's first name is published.
    expect(found('Thanks Sarah Millington for the cakes', 'comment')).toEqual([]);
    expect(found('Thanks John!', 'comment')).toEqual([]);
    const [f] = check({ kind: 'comment', text: 'cheers Sarah' }, testContext());
    expect(f).toMatchObject({ category: 'parent-name', severity: 'warn', reason: '"Sarah" is the first name of Sarah Smith, a parent.' });
  });

  it('names an adult by surname alone when a verb or possessive shows a person is meant', () => {
    expect(found('Whitfield is a joke and Whitfield never smiles', 'comment')).toEqual([['staff-name', 'Whitfield'], ['staff-name', 'Whitfield']]);
    expect(found("Whitfield's class is chaos", 'comment')).toEqual([['staff-name', 'Whitfield']]);
    // A place, someone else's full name, a governor, a surname that is an ordinary word or a first name.
    expect(found('Whitfield Road is closed; Jane Whitfield is an author; Hughes is chair.', 'comment')).toEqual([]);
    const ctx = testContext([], [
      { role: 'staff', firstName: 'Anna', lastName: 'Brown' },
      { role: 'staff', firstName: 'Ben', lastName: 'Thomas' },
      { role: 'pupil', firstName: 'Thomas', lastName: 'Reid', yearGroup: '2' },
    ]);
    expect(found('Brown is the colour; Thomas is in my class', 'comment', ctx)).toEqual([['pupil-name', 'Thomas']]);
  });
});

describe('adults by first name, with a role, a sign-off or an introduction', () => {
  const ctx = testContext([], [
    { role: 'pupil', firstName: 'Lucas', lastName: 'Almeida', yearGroup: '3' },
    { role: 'pupil', firstName: 'Callum', lastName: 'Reid', yearGroup: '1' },
    { role: 'pupil', firstName: 'Holly', lastName: 'Reid', yearGroup: '1' },
    { role: 'pupil', firstName: 'Tom', lastName: 'Reid', yearGroup: '5' },
    { role: 'staff', firstName: 'Callum', lastName: 'Bryce' },
    { role: 'staff', firstName: 'Holly', lastName: 'Evans' },
    { role: 'parent', firstName: 'Ricardo', lastName: 'Almeida' },
    { role: 'parent', firstName: 'Agnieszka', lastName: 'Nowak' },
  ]);

  it('finds a parent beside a parent word, signing off or introducing themselves', () => {
    expect(found("Thank you to Lucas's dad Ricardo for coming in", 'post', ctx)).toEqual([['pupil-name', 'Lucas'], ['parent-name', 'Ricardo']]);
    expect(found('Hello I am Agnieszka, thank you for the books', 'comment', ctx)).toEqual([['parent-name', 'Agnieszka']]);
    expect(found('Count me in for the rota – Ricardo x', 'comment', ctx)).toEqual([['parent-name', 'Ricardo']]);
    expect(found('best friends forever 🥰 from Agnieszka', 'comment', ctx)).toEqual([['parent-name', 'Agnieszka']]);
    // Not at the end of the text: not a sign-off.
    expect(found('Agnieszka and Ricardo came to the fair', 'comment', ctx)).toEqual([]);
  });

  it('finds a parent named in a reply, told off, or signing with who they are', () => {
    expect(found("Ricardo I think you need to take this down, it's not fair", 'comment', ctx)).toEqual([['parent-name', 'Ricardo']]);
    expect(found('Do one Agnieszka.', 'comment', ctx)).toEqual([['parent-name', 'Agnieszka']]);
    expect(found('Oh Ricardo. Let it go.', 'comment', ctx)).toEqual([['parent-name', 'Ricardo']]);
    expect(found("For anyone who wants to talk, the kettle's always on. Agnieszka", 'comment', ctx)).toEqual([['parent-name', 'Agnieszka']]);
    expect(found('Can we have the homework on paper? Thank you. Ricardo (father of Lucas)', 'comment', ctx)).toEqual([
      ['parent-name', 'Ricardo'], ['pupil-name', 'Lucas'],
    ]);
    // A name inside the story, or brackets that say nothing of a family, are not a signature.
    expect(found('We met at the fair and chatted. Agnieszka (the one with the stall) was lovely', 'comment', ctx)).toEqual([]);
  });

  it('takes a shared first name for the adult when a role comes just before it', () => {
    expect(found('That TA Callum shouted at my son', 'comment', ctx)).toEqual([['staff-name', 'Callum']]);
    expect(found('Callum scored twice', 'comment', ctx)).toEqual([['pupil-name', 'Callum']]);
    // Not pupils; Holly on reception is the member of staff of that name.
    expect(found('Lucas in the office was very helpful, and Holly on reception', 'comment', ctx)).toEqual([['staff-name', 'Holly']]);
    expect(found('Holly in Reception painted this', 'comment', ctx)).toEqual([['pupil-name', 'Holly']]);
  });

  it('reads a title and a first name as a member of staff, never a pupil', () => {
    expect(found('Our teacher Miss Holly says wellies on Thursday', 'post', ctx)).toEqual([['staff-name', 'Miss Holly']]);
    expect(found("We are reading 'Goodnight Mister Tom' in class", 'post', ctx)).toEqual([]);
  });
});

describe('names in run-together hashtags and initials', () => {
  const ctx = testContext([], [
    { role: 'pupil', firstName: 'Tobi', lastName: 'Adeyemi', yearGroup: '2' },
    { role: 'pupil', firstName: 'Jakub', lastName: 'Mazur', yearGroup: '4' },
    { role: 'pupil', firstName: 'May', lastName: 'Lin', yearGroup: '4' },
    { role: 'pupil', firstName: 'Tia', lastName: 'Achebe', yearGroup: '3' },
  ]);

  it('finds a first or full name inside a camel-case hashtag', () => {
    expect(found('Reading milestone! #WellDoneTobi', 'post', ctx)).toEqual([['pupil-name', 'Tobi']]);
    expect(found('#TeamJakubMazur all the way', 'post', ctx)).toEqual([['pupil-name', 'JakubMazur']]);
    expect(found('#ThankYouMay #HappyHolidays #welldonetobi', 'post', ctx)).toEqual([]);
  });

  it("finds a pupil's initials followed by a class or year, not abbreviations", () => {
    expect(found('Certificates: J.M. in Kingfisher Class, M.L. (Year 4) and T.A. (Year 2)', 'post', ctx)).toEqual([['pupil-name', 'J.M.'], ['pupil-name', 'M.L.']]);
    expect(found('J.M. Barrie wrote Peter Pan; P.E. in Year 4 is on Friday', 'post', ctx)).toEqual([]);
  });

  it('finds initials after a cheer, written together in capitals, or listed before a class', () => {
    expect(found('Go on j.m.!! Future chess champ', 'comment', ctx)).toEqual([['pupil-name', 'j.m.']]);
    expect(found('Lego lifeboats by ML and JM in Starfish Class', 'post', ctx)).toEqual([['pupil-name', 'ML'], ['pupil-name', 'JM']]);
    expect(found('Well done to ML for a brilliant poem', 'post', ctx)).toEqual([['pupil-name', 'ML']]);
    // "TA" is a teaching assistant, even when a pupil's initials are T.A.
    expect(found('Thank you to our TA and JM in Starfish Class', 'post', ctx)).toEqual([['pupil-name', 'JM']]);
    // No cheer, no class: initials alone say nothing. Words and abbreviations in capitals are not initials.
    expect(found('JM and ML were mentioned in the minutes', 'post', ctx)).toEqual([]);
    expect(found('WELL DONE TO MY BOY, PE IN YEAR 4 WAS AMAZING', 'comment', ctx)).toEqual([]);
    expect(found('j.m. barrie and t.a. in the title', 'comment', ctx)).toEqual([]);
  });
});

describe('ordinary-word names with a stronger cue', () => {
  it('counts a greeting, a bracketed class or a thing only people do', () => {
    const ctx = testContext([], [
      { role: 'pupil', firstName: 'Robin', lastName: 'Ashby', yearGroup: 'Reception' },
      { role: 'pupil', firstName: 'Holly', lastName: 'Green', yearGroup: '2' },
      { role: 'pupil', firstName: 'Sonny', lastName: 'Evans', yearGroup: '2' },
    ]);
    expect(found('Stars of the Week: Robin (Robin Class) and more', 'post', ctx)).toEqual([['pupil-name', 'Robin']]);
    expect(found('Merry Christmas Robin! love Auntie Jen', 'comment', ctx)).toEqual([['pupil-name', 'Robin']]);
    expect(found('Sorry Sonny, I promise', 'personal', ctx)).toEqual([['pupil-name', 'Sonny']]);
    expect(found('Is it the 4th? Holly says the 4th', 'comment', ctx)).toEqual([['pupil-name', 'Holly']]);
    expect(found('Holly was so excited to see her poem', 'comment', ctx)).toEqual([['pupil-name', 'Holly']]);
    expect(found('Robin Class went to the woods. The holly was so green.', 'post', ctx)).toEqual([]);
  });
});

describe('names the held-out corpus showed were missed', () => {
  const ctx = testContext([], [
    { role: 'pupil', firstName: 'Ivy-Rose', lastName: 'Turner', yearGroup: 'R' },
    { role: 'pupil', firstName: 'Grace-Ellen', lastName: 'Tully', yearGroup: '4' },
    { role: 'pupil', firstName: 'Penny', lastName: 'Adams', yearGroup: '5' },
    { role: 'pupil', firstName: 'Oscar', lastName: 'Lyle', yearGroup: '3' },
    { role: 'pupil', firstName: 'Riley', lastName: 'Shaw', yearGroup: '3' },
    { role: 'pupil', firstName: 'Lewis', lastName: 'Okoro', yearGroup: '2' },
    { role: 'staff', firstName: 'Angharad', lastName: 'Lewis' },
  ]);

  it('finds a hyphenated first name made of ordinary words', () => {
    expect(found('#StarOfTheWeek: Ivy-Rose for always being kind', 'post', ctx)).toEqual([['pupil-name', 'Ivy-Rose']]);
    expect(found("Grace-Ellen won't stop singing", 'comment', ctx)).toEqual([['pupil-name', 'Grace-Ellen']]);
  });

  it('finds first names listed without commas', () => {
    expect(found('Congrats Penny Oscar Riley and Lewis!', 'comment', ctx)).toEqual([
      ['pupil-name', 'Penny'],
      ['pupil-name', 'Oscar'],
      ['pupil-name', 'Riley'],
      ['pupil-name', 'Lewis'],
    ]);
  });

  it('reads a title, an initial and a surname as the adult', () => {
    expect(found('With thanks,\nMrs A. Lewis, Headteacher', 'post', ctx)).toEqual([['staff-name', 'Mrs A. Lewis']]);
  });
});

describe('set phrases', () => {
  it("does not take Jacob's ladder or a teddy bears' picnic for a pupil", () => {
    const ctx = testContext([], [
      { role: 'pupil', firstName: 'Jacob', lastName: 'Hall', yearGroup: '3' },
      { role: 'pupil', firstName: 'Teddy', lastName: 'Green', yearGroup: '1' },
    ]);
    expect(found("Jacob's ladder looked scary; the Teddy Bears' picnic and a teddy bear", 'post', ctx)).toEqual([]);
    expect(found('Well done Jacob and Teddy!', 'post', ctx)).toEqual([['pupil-name', 'Jacob'], ['pupil-name', 'Teddy']]);
  });
});

describe("someone else's full name", () => {
  it('does not take a famous person with a pupil’s first name for the pupil', () => {
    expect(found('Ask them about Amelia Earhart and Grace Darling')).toEqual([]);
  });

  it('still finds the pupil in title case, with a year group, or with part of a double surname', () => {
    expect(found('Star Of The Week Is Amelia For Her Kindness')).toEqual([['pupil-name', 'Amelia']]);
    expect(found('Well done Amelia Year 6')).toEqual([['pupil-name', 'Amelia']]);
    expect(found('Well done Siân Davies')).toEqual([['pupil-name', 'Siân']]);
  });
});
