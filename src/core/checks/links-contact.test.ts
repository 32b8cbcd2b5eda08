import { describe, expect, it } from 'vitest';
import { check } from './engine.ts';
import { found, testContext } from './test-roster.ts';

describe('links', () => {
  it('reports shorteners, raw IP hosts, look-alikes of the school domain and gambling or adult sites', () => {
    expect(found('Tickets: bit.ly/abc123')).toEqual([['unsafe-link', 'bit.ly/abc123']]);
    expect(found('Log in at http://192.168.0.1/login')).toEqual([['unsafe-link', 'http://192.168.0.1/login']]);
    expect(found('Pay at oakfie1d.sch.uk/pay')).toEqual([['unsafe-link', 'oakfie1d.sch.uk/pay']]);
    expect(found('Pay at https://oakfield-sch.co.uk/pay')).toEqual([['unsafe-link', 'https://oakfield-sch.co.uk/pay']]);
    expect(found('Pay at https://oakfield.sch.uk.verify-login.com')).toEqual([['unsafe-link', 'https://oakfield.sch.uk.verify-login.com']]);
    // A capital I for the l: "oakfieId".
    expect(found('Survey: https://oakfieId.sch.uk.survey-forms.net/q')).toEqual([['unsafe-link', 'https://oakfieId.sch.uk.survey-forms.net/q']]);
    expect(found('Odds at bet365.com and www.pokerstars.co.uk')).toEqual([['unsafe-link', 'bet365.com'], ['unsafe-link', 'www.pokerstars.co.uk']]);
    expect(found('see pornhub.com')).toEqual([['unsafe-link', 'pornhub.com']]);
  });

  it('reports addresses under the most abused top-level domains and well-known names in other sites\' addresses', () => {
    expect(found('Claim at https://robux-gift.xyz/free')).toEqual([['unsafe-link', 'https://robux-gift.xyz/free']]);
    expect(found('Prizes at lucky-draw.top today')).toEqual([['unsafe-link', 'lucky-draw.top']]);
    expect(found('Tickets: http://school-raffle.click/t')).toEqual([['unsafe-link', 'http://school-raffle.click/t']]);
    expect(found('Log in at paypal.com.secure-login.net/verify')).toEqual([['unsafe-link', 'paypal.com.secure-login.net/verify']]);
    expect(found('See https://free-ipad-uk.com/claim')).toEqual([['unsafe-link', 'https://free-ipad-uk.com/claim']]);
    expect(found('Redeem at amazongiftcards.net')).toEqual([['unsafe-link', 'amazongiftcards.net']]);
    expect(found('Verify at apple-id-verify.com')).toEqual([['unsafe-link', 'apple-id-verify.com']]);
    expect(found('Your parcel: royalmail-redelivery.info')).toEqual([['unsafe-link', 'royalmail-redelivery.info']]);
  });

  it("passes the companies' own sites and ordinary sites that share a word with them", () => {
    expect(
      found('www.amazon.co.uk, https://www.paypal.com/uk, facebook.com/staldhelms, https://www.roblox.com/games, apple-valley-farm.co.uk, halifax-scouts.org.uk, steamrailway.org.uk, smile.amazon.co.uk and tesco.com'),
    ).toEqual([]);
  });

  it('catches a school domain written with look-alike letters', () => {
    // Cyrillic о in "oakfield".
    const [f] = check({ kind: 'post', text: 'Pay at https://\u043eakfield.sch.uk/pay' }, testContext());
    expect(f).toMatchObject({ category: 'unsafe-link', text: 'https://\u043eakfield.sch.uk/pay' });
  });

  it("passes safe hosts, the school's own domain and ordinary sites", () => {
    expect(found('See https://www.gov.uk/school-term-holiday-dates, www.nhs.uk, bbc.co.uk/bitesize, oakfield.sch.uk/news and https://www.oakfield.sch.uk and wikipedia.org and alphabet.com')).toEqual([]);
  });
});

describe('personal contact', () => {
  it("reports staff offering a private channel in posts and on their own accounts", () => {
    expect(found('Any questions, DM me')).toEqual([['personal-contact', 'DM me']]);
    expect(found('Add me on my personal WhatsApp', 'personal').map(([c]) => c)).toContain('personal-contact');
    expect(found('Text me on 07700 900123', 'personal').map(([c]) => c)).toEqual(['personal-contact', 'phone']);
    expect(found('my snap is mr_w_teaches', 'personal')).toEqual([['personal-contact', 'my snap is']]);
    expect(found('Ping me on snap for the worksheets', 'personal')).toEqual([['personal-contact', 'Ping me on snap']]);
    expect(found('Questions? wa.me/447700900123', 'post').map(([c]) => c)).toContain('personal-contact');
    expect(found('If you want a private chat, message me', 'personal')).toEqual([['personal-contact', 'a private chat']]);
  });

  it('ends the offer on a whole word, leaving the number to the phone finding beside it', () => {
    expect(found('Ring me on 07700 900123 if you need anything', 'personal')).toEqual([['personal-contact', 'Ring me on'], ['phone', '07700 900123']]);
    expect(found('WhatsApp me on +44 7700 900123', 'personal')).toEqual([['personal-contact', 'WhatsApp me on'], ['phone', '+44 7700 900123']]);
    expect(found('Call me on (0161) 496 0000 tonight', 'personal')).toEqual([['personal-contact', 'Call me on'], ['phone', '(0161) 496 0000']]);
    expect(found('My mobile is 07700 900123', 'personal')).toEqual([['personal-contact', 'My mobile is'], ['phone', '07700 900123']]);
    expect(found('Message me on WhatsApp', 'personal')).toEqual([['personal-contact', 'Message me on WhatsApp']]);
    expect(found('Find me on TikTok', 'personal')).toEqual([['personal-contact', 'Find me on TikTok']]);
    expect(found('Text me on my personal number', 'personal')).toEqual([['personal-contact', 'Text me on my personal number']]);
    expect(found('Email me at my home address instead', 'personal')).toEqual([['personal-contact', 'Email me at my home address']]);
    expect(found('Questions? wa.me/447700900123.', 'post')).toContainEqual(['personal-contact', 'wa.me/447700900123']);
  });

  it("does not report parents' comments or refusals", () => {
    expect(found('DM me if you have spare uniform', 'comment')).toEqual([]);
    expect(found('Please do not DM me; use the office email')).toEqual([]);
  });
});

describe('school identity', () => {
  it('reports the school named or identified in a personal post only', () => {
    expect(found('Proud to teach at Oakfield Primary School!', 'personal')).toEqual([['school-identity', 'Oakfield Primary School']]);
    expect(found('Great day at Oakfield #OakfieldPrimary', 'personal')).toEqual([['school-identity', 'Oakfield'], ['school-identity', 'OakfieldPrimary']]);
    expect(found('see oakfield.sch.uk', 'personal')).toEqual([['school-identity', 'oakfield.sch.uk']]);
    expect(found('Anyone at OPS fancy a drink? ops!', 'personal')).toEqual([['school-identity', 'OPS']]);
    expect(found('Proud to teach at Oakfield Primary School!', 'post')).toEqual([]);
    const saint = testContext([], [], { name: "St Aldhelm's Church of England Primary School" });
    expect(found('Shattered after a week at St Aldhelms CofE Primary #StAldhelms #StAldhelmsPrimary', 'personal', saint)).toEqual([
      ['school-identity', 'St Aldhelms CofE Primary'],
      ['school-identity', 'StAldhelms'],
      ['school-identity', 'StAldhelmsPrimary'],
    ]);
    expect(found("Back to St Aldhelm's tomorrow; Aldhelm was a saint", 'personal', saint)).toEqual([['school-identity', "St Aldhelm"], ['school-identity', 'Aldhelm']]);
    expect(found('A walk down oakfield road', 'personal')).toEqual([]);
  });
});
