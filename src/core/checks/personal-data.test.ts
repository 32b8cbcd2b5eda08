import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/check-fixtures.ts';
import { DATE_SOURCE, dateMatches } from './birthdays.ts';
import { findEmails, mayBeSpelt, nextSpelt, SPELT_SOURCE } from './emails.ts';
import { check } from './engine.ts';
import { normalise } from './normalise.ts';
import { isSchoolNumber } from './phones.ts';
import { hasInwardCode, hasStreetHint } from './places.ts';
import { found, testContext } from './test-roster.ts';

describe('phone numbers', () => {
  it('finds UK numbers in every written form, including the drama ranges', () => {
    for (const phone of ['07700 900123', '07700900456', '+44 7700 900789', '+44 (0)20 7946 0123', '020 7946 0958', '(01632) 960 321', '0161-496-0000', '07700.900.444', '0044 7700 900 222', '0 7 7 0 0 9 0 0 1 2 3', '07911 123456']) {
      expect(found(`Ring me on ${phone} tonight`).filter(([c]) => c === 'phone'), phone).toEqual([['phone', phone]]);
    }
  });

  it('finds several numbers written one after another, and foreign numbers with a +', () => {
    expect(found('Numbers: 07700 900123 07911 123456, or 020 7946 0958 0161 496 0000')).toEqual([
      ['phone', '07700 900123'], ['phone', '07911 123456'], ['phone', '020 7946 0958'], ['phone', '0161 496 0000'],
    ]);
    expect(found('In Dublin ring +353 1 234 5678')).toEqual([['phone', '+353 1 234 5678']]);
  });

  it('reads the letter O typed for a zero in a phone number', () => {
    expect(found('ring O77OO 9OO 55O after 6', 'comment')).toEqual([['phone', 'O77OO 9OO 55O']]);
    expect(found('Good 2025 and room 101 too; 0o0o', 'comment')).toEqual([]);
  });

  it('sees through zero-width characters and full-width digits', () => {
    const [f] = check({ kind: 'comment', text: 'call 077\u200b00 900\u200c123' }, testContext());
    expect(f).toMatchObject({ category: 'phone', text: '077\u200b00 900\u200c123' });
    expect(found('call ０７７００ ９００１２３')).toEqual([['phone', '０７７００ ９００１２３']]);
  });

  it('does not take money, dates, times, scores or references for phone numbers', () => {
    for (const text of ['The PTA raised £1,284.50 today', 'Trip on 12/03/2024 at 14:30', 'We won 3-2 on 01.03.2024', 'Ref 2024-00123', 'Invoice no. 0123456789', 'Our ref: 01234 567890', 'Order 12345678901', 'Charity number 1234567', 'Our charity number is 01234567890', 'Total 010 0100 1000', 'Between 2024 and 2025 and 2026', '£07700 900123']) {
      expect(found(text).filter(([c]) => c === 'phone'), text).toEqual([]);
    }
  });

  it('still finds a number introduced as "my number" or "no."', () => {
    for (const text of ['my number is 07700 900123', 'number: 07911 123456', 'no. 07911 123456']) {
      expect(found(text).map(([c]) => c), text).toEqual(['phone']);
    }
  });

  it("leaves an organisation's published landline alone, but not a mobile or someone's own number", () => {
    expect(found('If you are worried, call Bristol First Response on 0117 903 6444 or the NSPCC helpline 0808 800 5000.')).toEqual([]);
    expect(found('The council team on 07700 900123 can help')).toEqual([['phone', '07700 900123']]);
    expect(found('Ring me at the surgery on 0117 903 6444')).toEqual([['phone', '0117 903 6444']]);
    expect(found('Her number is 0117 903 6444')).toEqual([['phone', '0117 903 6444']]);
  });

  it("never reports the school's own published number", () => {
    expect(found('Call the office on 01632 960123 or +44 1632 960123')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds plain and spelt-out addresses', () => {
    expect(found('Email jo.bloggs@gmail.com')).toEqual([['email', 'jo.bloggs@gmail.com']]);
    expect(found('jo at gmail dot com')).toEqual([['email', 'jo at gmail dot com']]);
    expect(found('jo [at] hotmail [dot] co [dot] uk')).toEqual([['email', 'jo [at] hotmail [dot] co [dot] uk']]);
    expect(found('jo(at)btinternet.com')).toEqual([['email', 'jo(at)btinternet.com']]);
  });

  it('finds a spelt-out address straight after another "at"', () => {
    expect(found('Email me at kirsty.ashby at gmail dot com if you like', 'comment')).toEqual([['email', 'kirsty.ashby at gmail dot com']]);
  });

  it("passes the school's own addresses and ordinary uses of at and dot", () => {
    expect(found('Write to office@oakfield.sch.uk or admissions@oakfield.sch.uk')).toEqual([]);
    expect(found('See you at school. Then lunch at 12.30; meet at the gate dot on time')).toEqual([]);
  });

  it('finds, from each @, exactly the addresses the plain pattern would find anywhere', () => {
    const PLAIN = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
    const ctx = testContext([], [], {});
    const alphabet = 'ab1.@@-_ cé';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Addresses run together, an "@" in the local part, punctuation before the first letter.
    const awkward = ['x@b.co.1@c.com', 'a@b.cc_d@e.ff', 'a@b@c.dd', '.-a@b.cc', 'jo@x.y.co.uk.@z.org'];
    for (let n = 0; n < 20_000; n++) {
      let text = awkward[n] ?? '';
      for (let i = n < awkward.length ? 0 : Math.floor(next() * 24); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      const folded = normalise(text).folded;
      // The pattern's matches, less those glued to a word before them.
      const expected = [...folded.matchAll(PLAIN)].filter((m) => m.index === 0 || !/[a-z0-9._%+-]/.test(folded[m.index - 1]!)).map((m) => [m.index, m.index + m[0].length]);
      const plain = findEmails(normalise(text), null, ctx).filter((d) => d.confidence === 0.98);
      expect(plain.map((d) => [d.start, d.end]), JSON.stringify(text)).toEqual(expected);
    }
  });
});

describe('postcodes and street addresses', () => {
  it('finds postcodes with a real area, and street addresses', () => {
    expect(found('She lives at 14 Acacia Avenue, OX4 2DE')).toEqual([['street-address', '14 Acacia Avenue'], ['postcode', 'OX4 2DE']]);
    expect(found('Flat 2, 9 Church Street, m1 1ae')).toEqual([['street-address', 'Flat 2, 9 Church Street'], ['postcode', 'm1 1ae']]);
    // A score before a school's name is not a house on a hill.
    expect(found('Football: Wrensby Sands 4 - 1 Saltmarsh Hill Academy')).toEqual([]);
    expect(found('Football results: Scowcroft Fold 3 - 1 Werneth Park. Goals from Tyler (2)')).toEqual([]);
    expect(found('We won 3 –1 Hollins Park')).toEqual([]);
    expect(found('Collect from 2-4 Mill Lane')).toEqual([['street-address', '4 Mill Lane']]);
    expect(found('Final score 3-2 to Oak Park Primary')).toEqual([]);
  });

  it("passes the school's own address and things that only look like one", () => {
    expect(found('Visit us at 12 Mill Lane, Oxford OX4 1AB')).toEqual([]);
    expect(found('Year 6 Park Run; Y6 2AB; Class 3 Green Team; we scored 2 Big Goals')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('finds a date next to a birth word', () => {
    expect(found('born on 4th March 2016')).toEqual([['date-of-birth', '4th March 2016']]);
    expect(found('DOB: 04/03/2016')).toEqual([['date-of-birth', '04/03/2016']]);
    expect(found('Her birthday is on 12 June')).toEqual([['date-of-birth', '12 June']]);
    expect(found("His birth certificate says 5th of June 2022")).toEqual([['date-of-birth', '5th of June 2022']]);
    expect(found('My twins turn 8 on Sunday 11th October 2018 feels like yesterday')).toEqual([['date-of-birth', '11th October 2018']]);
    expect(found('Turn left at the church on 5th June for the fete')).toEqual([]);
    expect(found('he was born on the first of December 2021, turning 5 soon')).toEqual([['date-of-birth', 'first of December 2021']]);
    expect(found('Her birthday is the twenty-third of May')).toEqual([['date-of-birth', 'twenty-third of May']]);
    expect(found('The first of December is the Christmas fair')).toEqual([]);
    expect(found('Happy birthday! 8 today (26/06)')).toEqual([['date-of-birth', '26/06']]);
    expect(found('Three quarters (3/4) of the class came')).toEqual([]);
  });

  it("finds a pupil's date of birth even without a birth word", () => {
    const [f] = check({ kind: 'post', text: 'See you on 2015-03-04' }, testContext());
    expect(f).toMatchObject({ category: 'date-of-birth', text: '2015-03-04' });
    expect(f!.reason).toContain('Amelia Smith');
  });

  it('leaves other dates alone', () => {
    expect(found('The trip is on 14 March 2025; term ends 18/07/2025.')).toEqual([]);
  });
});

describe('streets named without a number', () => {
  it('counts a street where the text places someone on it', () => {
    expect(found('Anyone from Oakwood Drive walking to school?')).toEqual([['street-address', 'Oakwood Drive']]);
    expect(found('Meet at the end of Cross Lane')).toEqual([['street-address', 'Cross Lane']]);
    expect(found('She lives on Acacia Avenue now')).toEqual([['street-address', 'Acacia Avenue']]);
  });

  it('leaves schools, stadiums and the school’s own street alone', () => {
    expect(found('Match at Elland Road; children from Park Road Primary; parking on Mill Lane')).toEqual([]);
  });
});

describe('quick tests before the costly ones', () => {
  it('mayBeSpelt says exactly what the expression it stands for says', () => {
    const hint = /\bat\s+[a-z0-9-]+(?:\.[a-z]|\s*[[({]?\s*dot\b)|[[({]\s*at\s*[\])}]/;
    const pieces = ['at', 'at', ' ', ' ', '\n', '\u00a0', 'jo', 'gmail', '.', 'com', 'dot', '(', ')', '[', ']', '{', '}', 'x', '_', '-', '1', 'that', 'cat', 'é', 'A'];
    const next = random(5);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 10); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      expect(mayBeSpelt(s), JSON.stringify(s)).toBe(hint.test(s));
    }
  });

  it('nextSpelt finds what the spelt-address expression finds from the same place', () => {
    const spelt = new RegExp(SPELT_SOURCE, 'g');
    const pieces = [' at ', 'at', ' ', '  ', '\u00a0', '(', ')', '[', ']', '{', '}', 'jo', 'jo.bloggs', '_x', '.', '-', '%', 'gmail', ' dot ', 'com', 'uk', 'me', '7', 'é', 'that', 'cat'];
    const next = random(6);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 10); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      for (const from of [0, Math.floor(next() * s.length)]) {
        spelt.lastIndex = from;
        const want = spelt.exec(s);
        const got = nextSpelt(s, from);
        expect(got && [got.index, got[0]], JSON.stringify([s, from])).toEqual(want && [want.index, want[0]]);
      }
    }
  });

  it('the postcode and street hints say what their expressions say at the end of each run of digits', () => {
    const inward = /\d[abd-hjlnp-uw-z]{2}\b/y;
    const street = /\d[a-z]?,?\s+[A-Z]/y;
    const pieces = ['1', '23', 'de', 'DE', 'c', 'a', 'x', '_', ',', ' ', '  ', '\n', '\u00a0', '\u2003', 'Mill', 'é', '-', 'b2'];
    const next = random(7);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 8); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      const runs = normalise(s).digitRuns;
      const atARun = (sticky: RegExp) => runs.some((end, j) => j % 2 === 1 && ((sticky.lastIndex = end - 1), sticky.test(s)));
      expect(hasInwardCode(s, runs), JSON.stringify(s)).toBe(atARun(inward));
      expect(hasStreetHint(s, runs), JSON.stringify(s)).toBe(atARun(street));
    }
  });

  it('dateMatches finds what the date expression finds, trying only where a date can start', () => {
    const date = new RegExp(DATE_SOURCE, 'g');
    const pieces = ['4', '12', '2015', '15', '/', '-', '.', ' ', '  ', '\n', 'th', 'st', 'of', 'march', 'mar', 'sept', 'september', 'may', 'x', ',', 'smarch', '_', '\u00a0', 'é', 'born'];
    const next = random(12);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 10); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      const want = [...s.matchAll(date)].map((m) => [m.index, m[0]]);
      expect(dateMatches(s, normalise(s).digitRuns).map((m) => [m.index, m[0]]), JSON.stringify(s)).toEqual(want);
    }
  });

  it("isSchoolNumber reads the school's numbers as the digits less 0044, 44 or 0", () => {
    const phones = new Set(['1632960123', '7700900123']);
    const want = (run: string) => phones.has(run.replace(/\D/g, '').replace(/^(?:0044|44|0)/, ''));
    const pieces = ['0', '44', '0044', '1632', '960123', '7700', '900', '123', ' ', '-', '(0)', '+', '9'];
    const next = random(8);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      expect(isSchoolNumber(s, phones), s).toBe(want(s));
    }
    expect(isSchoolNumber('+44 (0)1632 960123', phones)).toBe(false);
    expect(isSchoolNumber('01632 960123', phones)).toBe(true);
    expect(isSchoolNumber('01632 960123', new Set())).toBe(false);
  });

  it('still finds numbers, dates and postcodes wherever their digits sit', () => {
    expect(found('0 7 7 0 0 9 0 0 1 2 3')).toEqual([['phone', '0 7 7 0 0 9 0 0 1 2 3']]);
    expect(found('O7700 9OO123 is mine', 'comment')).toEqual([['phone', 'O7700 9OO123']]);
    expect(found('(07700)/900-123')).toEqual([['phone', '(07700)/900-123']]);
    expect(found('13/03/2015 was the day', 'comment').map(([c]) => c)).toEqual([]);
    expect(found('Lives at 4a Mill Road, OX4 2DE')).toEqual([['street-address', '4a Mill Road'], ['postcode', 'OX4 2DE']]);
    // The street scan starts near the first number that can be a house's, and still takes in a flat's.
    expect(found('In Year 6 we met. Apartment  12, 9 Acacia Avenue; Unit 3 4 High Street')).toEqual([['street-address', 'Apartment  12, 9 Acacia Avenue'], ['street-address', 'Unit 3 4 High Street']]);
  });
});
