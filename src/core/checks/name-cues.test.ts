// Names the held-out corpora showed were missed or wrongly reported, and the near misses beside them.
import { describe, expect, it } from 'vitest';
import { found, testContext } from './test-roster.ts';

const ctx = testContext([], [
  { role: 'pupil', firstName: 'Joseph', lastName: 'Milburn', yearGroup: '3' },
  { role: 'pupil', firstName: 'Harry', lastName: 'Gray', yearGroup: '4' },
  { role: 'pupil', firstName: 'Mason', lastName: 'Atkinson', yearGroup: '3' },
  { role: 'pupil', firstName: 'Precious', lastName: 'Nwosu', yearGroup: '3' },
  { role: 'pupil', firstName: 'Zayn', lastName: 'Ali', yearGroup: '3' },
  { role: 'pupil', firstName: 'Erin', lastName: 'Moss', yearGroup: '3' },
  { role: 'pupil', firstName: 'Hope', lastName: 'Robson', yearGroup: 'Reception' },
  { role: 'pupil', firstName: 'May', lastName: 'Lin', yearGroup: '2' },
  { role: 'pupil', firstName: 'Faith', lastName: 'Akinola', yearGroup: '5' },
  { role: 'pupil', firstName: 'Summer', lastName: 'Reed', yearGroup: '6' },
  { role: 'pupil', firstName: 'Hazel', lastName: 'Kerr', yearGroup: '1' },
  { role: 'pupil', firstName: 'Rowan', lastName: 'Milburn', yearGroup: '2' },
  { role: 'pupil', firstName: 'Joy', lastName: 'Adeyemi', yearGroup: '6' },
  { role: 'pupil', firstName: 'Sam', lastName: 'Wood', yearGroup: '6' },
  { role: 'pupil', firstName: 'Tom', lastName: 'Reid', yearGroup: '5' },
  { role: 'pupil', firstName: 'Zara', lastName: 'Khan', yearGroup: '2' },
  { role: 'pupil', firstName: 'Oliver', lastName: 'Hart', yearGroup: '6' },
  { role: 'pupil', firstName: 'Matilda', lastName: 'Cole', yearGroup: '4' },
  { role: 'pupil', firstName: 'Jack', lastName: 'Robson', yearGroup: '4' },
  { role: 'pupil', firstName: 'Amara', lastName: 'Okafor', yearGroup: '1' },
  { role: 'pupil', firstName: 'Penny', lastName: 'Shaw', yearGroup: '5' },
  { role: 'pupil', firstName: 'Max', lastName: 'Shaw', yearGroup: '5' },
  { role: 'pupil', firstName: 'Oscar', lastName: 'Bell', yearGroup: '5' },
  { role: 'pupil', firstName: 'Amelia', lastName: 'Smith', yearGroup: '6' },
  { role: 'staff', firstName: 'Tracey', lastName: 'Pringle' },
  { role: 'staff', firstName: 'Bernadette', lastName: 'Cowie', preferredFirstName: 'Bernie' },
  { role: 'staff', firstName: 'Ravi', lastName: 'Desai' },
  { role: 'staff', firstName: 'Maureen', lastName: 'Bell' },
  { role: 'staff', firstName: 'Ewa', lastName: 'Nowak' },
  { role: 'staff', firstName: 'Keith', lastName: 'Lowe' },
  { role: 'staff', firstName: 'Sandra', lastName: 'Moffat' },
  { role: 'staff', firstName: 'Paul', lastName: 'Gilhespy' },
  { role: 'staff', firstName: 'Thomas', lastName: 'Ferris' },
  { role: 'staff', firstName: 'Ann', lastName: 'Quinn' },
  { role: 'parent', firstName: 'Funmi', lastName: 'Ogunleye' },
  { role: 'parent', firstName: 'Ngozi', lastName: 'Okafor' },
  { role: 'parent', firstName: 'Justyna', lastName: 'Nowak' },
  { role: 'parent', firstName: 'Claire', lastName: 'Hall' },
]);
const names = (text: string, kind: 'post' | 'comment' | 'personal' = 'comment') => found(text, kind, ctx);

describe('pupils the checks used to miss', () => {
  it('finds an all-capitals name with a cue, and lower-case names that are not ordinary words', () => {
    expect(names('GOOD LUCK SAM!!!! ROVERS!!!')).toEqual([['pupil-name', 'SAM']]);
    expect(names('WELL DONE MAY')).toEqual([['pupil-name', 'MAY']]);
    expect(names('congrats sophia and harry xx')).toEqual([['pupil-name', 'harry']]);
    expect(names('Brilliant, mason loved it')).toEqual([['pupil-name', 'mason']]);
    expect(names('So proud of zayn, erin and precious in Cedar Class', 'post')).toEqual([
      ['pupil-name', 'zayn'], ['pupil-name', 'erin'], ['pupil-name', 'precious'],
    ]);
  });

  it('finds a word-name with a class, a year, a cheer or a pronoun after it', () => {
    expect(names('Can you tell me if May in Kingfisher has swimming on Monday?')).toEqual([['pupil-name', 'May']]);
    expect(names('Hope in Oak Class read to the whole school')).toEqual([['pupil-name', 'Hope']]);
    expect(names('Stars of the Week: Year 5 Precious, Year 6 Faith.', 'post')).toEqual([['pupil-name', 'Precious'], ['pupil-name', 'Faith']]);
    expect(names("So proud of our Hope! She hasn't stopped talking about it")).toEqual([['pupil-name', 'Hope']]);
    expect(names('Go on Faith!! Chess champion in the making')).toEqual([['pupil-name', 'Faith']]);
    expect(names("Great result girls! Joy you'll be playing for the Lionesses one day")).toEqual([['pupil-name', 'Joy']]);
    expect(names('Max you were brilliant in the match')).toEqual([['pupil-name', 'Max']]);
    expect(names('Hope nailed it in the Y5 play, proper actor')).toEqual([['pupil-name', 'Hope']]);
    expect(names('Joy loved it, thank you Cedar Class xx')).toEqual([['pupil-name', 'Joy']]);
    expect(names('May forgot her PE kit again')).toEqual([['pupil-name', 'May']]);
    expect(names('May loved the trip and so did we', 'post')).toEqual([['pupil-name', 'May']]);
    // Not a person: a month that "came", a wish, a modal.
    expect(names('May came and went so fast', 'post')).toEqual([]);
    // A pet with a pupil's name.
    expect(names('Sports day: Zara the hamster (Oak Class pet) stayed calm throughout', 'post')).toEqual([]);
    expect(names('Zara fed the hamster', 'post')).toEqual([['pupil-name', 'Zara']]);
    expect(names('Hope you all loved the trip', 'post')).toEqual([]);
    expect(names('Congrats Penny Max Oscar and Amelia!')).toEqual([
      ['pupil-name', 'Penny'], ['pupil-name', 'Max'], ['pupil-name', 'Oscar'], ['pupil-name', 'Amelia'],
    ]);
  });

  it('still finds a pupil in a team, at an event or named on a label', () => {
    expect(names('Amelia from our football team scored twice')).toEqual([['pupil-name', 'Amelia']]);
    expect(names('Well done Amelia at the County Finals')).toEqual([['pupil-name', 'Amelia']]);
    expect(names('a navy coat with "Amelia" on the label')).toEqual([['pupil-name', 'Amelia']]);
    expect(names('Lost property: a navy coat with "M. SHAW" on the label', 'post')).toEqual([['pupil-name', 'M. SHAW']]);
    expect(names('Lost property: coats labelled J. Shaw and O. Bell', 'post')).toEqual([['pupil-name', 'O. Bell']]);
    expect(names('Joseph and Amelia read at Mass', 'post')).toEqual([['pupil-name', 'Joseph'], ['pupil-name', 'Amelia']]);
    expect(names('My baby Amelia starts Year 6 tomorrow!')).toEqual([['pupil-name', 'Amelia']]);
    expect(names("Everyone in Hope's group got a sticker")).toEqual([['pupil-name', 'Hope']]);
  });
});

describe('names that are parts, titles, saints and ordinary words', () => {
  it('does not take the nativity or a costume for a pupil', () => {
    expect(names('Mary and Joseph will be played by Amelia Smith', 'post')).toEqual([['pupil-name', 'Amelia Smith']]);
    expect(names('Best innkeeper ever. Soz Joseph and Mary 😂')).toEqual([]);
    expect(names('The nativity: Mary, Joseph, three kings and a very cheeky donkey', 'post')).toEqual([]);
    expect(names('Joseph, Mary and the shepherds were wonderful', 'post')).toEqual([]);
    expect(names('Mary & Joseph costumes are in the hall', 'post')).toEqual([]);
    expect(names('Our nativity stars: Mary – Amelia Smith, Joseph – Mason Atkinson', 'post')).toEqual([
      ['pupil-name', 'Amelia Smith'], ['pupil-name', 'Mason Atkinson'],
    ]);
    expect(names('World Book Day: Amelia Smith came as Matilda and Oscar as the Gruffalo', 'post')).toEqual([
      ['pupil-name', 'Amelia Smith'], ['pupil-name', 'Oscar'],
    ]);
  });

  it('does not take shows, saints, royals, babies or a cat for a pupil', () => {
    for (const text of [
      "The Year 6 production this year is 'Oliver!'. Auditions are on Tuesday.",
      "Best Oliver! we've ever seen",
      "Year 4 are performing 'Jack and the Beanstalk' on Thursday",
      "Christmas cards for the residents at St Joseph's Care Home",
      'Prince Harry opened the new wing',
      'Congratulations to Mr Adebayo on the birth of baby Zara!',
      'Lost cat!! Ginger tom called Biscuit, last seen on the green',
    ]) expect(names(text, 'post'), text).toEqual([]);
  });

  it('does not take a month, a class, a tree or a shop worker for a pupil', () => {
    for (const text of [
      "Summer can't come soon enough 😂",
      'May came and went so fast',
      'My youngest starts in Hazel in September, any tips?',
      'Our Rowan tree at home has finally got berries',
      'Shout out to Faith at the Co-op who always saves me the last sausage roll',
      "Hope you'll all come to the fair",
      'Hope you were all warm enough at the match',
      "Hope! She said it's what we need",
      'May you have a blessed Christmas',
      'amelia and will be there at 3',
      'we say grace, hope and joy are our values',
      'Summer in Cornwall was lovely',
      'Year 6 Hope Project starts on Monday',
      'Sandy beaches and Summer warnings of thunderstorms this weekend',
      'MAY WE REMIND PARENTS: MAY HALF TERM STARTS FRIDAY, MAX 20 PER CLASS',
    ]) expect(names(text).filter(([, t]) => t !== 'amelia'), text).toEqual([]);
  });
});

describe('adults by first name, with the cues people actually write', () => {
  it('finds a member of staff in a personal post and in the school’s own posts', () => {
    expect(names('Me and Tracey at the Christmas do 🤭', 'personal')).toEqual([['staff-name', 'Tracey']]);
    expect(names('Brunch with my favourite Bernie 🥞 retirement suits you!', 'personal')).toEqual([['staff-name', 'Bernie']]);
    expect(names('Huge congratulations to Bernie on her retirement', 'personal')).toEqual([['staff-name', 'Bernie']]);
    expect(names('Enjoy your retirement Bernie you absolute legend')).toEqual([['staff-name', 'Bernie']]);
    expect(names('Our lunchtime supervisor Maureen has lost a bracelet', 'post')).toEqual([['staff-name', 'Maureen']]);
    expect(names('Ask Tracey in the office for a voucher', 'post')).toEqual([['staff-name', 'Tracey']]);
    expect(names('Please congratulate Ewa from our TA team', 'post')).toEqual([['staff-name', 'Ewa']]);
    expect(names('happy retirement keith!! my dad was a pupil when you started')).toEqual([['staff-name', 'keith']]);
    expect(names('happy birthday keith!! have a good one')).toEqual([['staff-name', 'keith']]);
    expect(names('Working with Ravi and Mrs Quinn has been the highlight of my year', 'personal')).toEqual([
      ['staff-name', 'Ravi'], ['staff-name', 'Mrs Quinn'],
    ]);
    expect(names('The dinner lady Sandra screams at the little ones')).toEqual([['staff-name', 'Sandra']]);
  });

  it('finds a parent spoken to, signing off or introducing themselves', () => {
    expect(names('Funmi your jollof is legendary!! I need that recipe')).toEqual([['parent-name', 'Funmi']]);
    expect(names('You have made such a difference to our family. Justyna x')).toEqual([['parent-name', 'Justyna']]);
    expect(names("Hi it's Ngozi, Amara's mum. She's off sick today")).toEqual([['parent-name', 'Ngozi'], ['pupil-name', 'Amara']]);
  });

  it('finds an adult by surname when the words say a person is meant', () => {
    expect(names('That Hall woman is a proper slag')).toEqual([['parent-name', 'Hall']]);
    expect(names('Gilhespy you smug prick, nobody likes you')).toEqual([['staff-name', 'Gilhespy']]);
    expect(names('Tell Ferris to watch his back')).toEqual([['staff-name', 'Ferris']]);
  });

  it('leaves first names and surnames without those cues', () => {
    for (const text of [
      'I love Tracey Emin and Keith Haring',
      'Ravi Shankar played the sitar',
      'Keith was there too',
      'Tracey and Sandra went to the fair',
      'The village hall is lovely; Hall Lane is closed',
      'Tell them to bring a coat',
      'thanks for the lift keith',
      'Keith at the Co-op was so kind to us',
    ]) expect(names(text, 'personal'), text).toEqual([]);
  });
});

describe('adults named in thanks, drafts and gossip, and by a title and an initial', () => {
  it('finds a colleague thanked, met, quoted or asked in a draft', () => {
    expect(names('Big thank you to Sandra for running the raffle', 'post')).toEqual([['staff-name', 'Sandra']]);
    expect(names('Having a gin with Sandra tonight, much needed', 'personal')).toEqual([['staff-name', 'Sandra']]);
    expect(names('Keith says the boiler is fixed at last', 'personal')).toEqual([['staff-name', 'Keith']]);
    expect(names('Ravi from work is a legend', 'personal')).toEqual([['staff-name', 'Ravi']]);
    expect(names('Parents evening is on Tuesday (Ravi – can you check the times?)', 'post')).toEqual([['staff-name', 'Ravi']]);
    expect(names('Aww we will miss you Maureen', 'comment')).toEqual([['staff-name', 'Maureen']]);
  });

  it('finds "Mr G" when an adult’s surname starts with G, and nobody else', () => {
    expect(names('Mr G is reading the story today', 'post')).toEqual([['staff-name', 'Mr G']]);
    expect(names('Thanks Mrs Q for everything', 'comment')).toEqual([['staff-name', 'Mrs Q']]);
    for (const text of ['Mr Z came to visit the class', 'Mrs A. Lewis from the council came to visit', 'Thank you to everyone who came', 'Sandra Bullock films are the best'])
      expect(names(text, 'post'), text).toEqual([]);
  });
});

describe("a parent's or colleague's first name that is not them", () => {
  const withMary = testContext([], [
    { role: 'parent', firstName: 'Mary', lastName: 'Platten' },
    { role: 'parent', firstName: 'Bella', lastName: 'Cox' },
    { role: 'staff', firstName: 'Sandra', lastName: 'Moffat' },
  ]);
  it("does not take the nativity's Mary or a pet for the adult, but a dinner lady is still staff", () => {
    expect(found('Auditions next week! We need shepherds, kings, Mary, Joseph and a very brave donkey. Thanks Mary!', 'post', withMary)).toEqual([['parent-name', 'Mary']]);
    expect(found('Missing dog, answers to Bella, last seen on the green. Thanks Bella for sharing', 'personal', withMary)).toEqual([['parent-name', 'Bella']]);
    expect(found('Our dinner lady Sandra is a star', 'comment', withMary)).toEqual([['staff-name', 'Sandra']]);
  });
});

describe('a pupil whose name is one of the commonest English words', () => {
  const withCan = testContext([], [{ role: 'pupil', firstName: 'Can', lastName: 'Aydın', yearGroup: '3' }]);
  it('reads "can" as the word unless the text shows the child is meant', () => {
    for (const text of ['Can someone tell me if the trip is still on?', 'You can pick up from 3pm', 'Can you believe it is December already'])
      expect(found(text, 'comment', withCan), text).toEqual([]);
    expect(found('Well done Can!', 'comment', withCan)).toEqual([['pupil-name', 'Can']]);
    expect(found('Star of the week: Can Aydın', 'post', withCan)).toEqual([['pupil-name', 'Can Aydın']]);
  });
});

describe('a pupil called Will', () => {
  const willCtx = testContext([], [{ role: 'pupil', firstName: 'Will', lastName: 'Dunn', yearGroup: '5' }]);
  const will = (text: string) => found(text, 'comment', willCtx);

  it("is spoken to before \"you're\", which the modal never takes", () => {
    expect(will("Will you're a legend!! Proud of you son")).toEqual([['pupil-name', 'Will']]);
    expect(will('Will forgot his kit again')).toEqual([['pupil-name', 'Will']]);
  });

  it('is not the modal', () => {
    expect(will('Will you be at the gate at 3?')).toEqual([]);
    expect(will('Will there be a trip this year?')).toEqual([]);
  });
});
