// Phrasings written after the language detectors, outside any corpus: each detector's tests
// expect one finding for each of its own, and phrases.test.ts checks that running only the
// patterns their trigger words wake finds exactly what running every pattern finds.

export const NEW_HATE = [
  'Go back to Romania',
  'Just fuck off back to Africa the lot of you',
  'They can all go back to Pakistan as far as I am concerned',
  'Those Bulgarian lads are all thieves',
  'The Polish families are nothing but scroungers',
  'Muslim parents should not be allowed on the PTA',
  'Somali kids always cause trouble at pickup',
  'Never trust a Romanian',
  'No one wants their sort here',
  "Your kind aren't welcome round here",
  'People like you do not belong in this country',
  'Too many Eastern European families at this school now',
];

export const NEW_ABUSE = [
  'Lazy git Mr Cole never marks anything',
  'That spoilt brat Tyler kicked the ball at my daughter',
  'Idiot Mrs Shaw gave out the wrong date again',
  'Liars, every one of you',
  'Hypocrites, the whole lot of you',
  'Get over it you snowflakes',
  'The new head is not the sharpest tool in the box',
  'Our class teacher has the brains of a goldfish',
  "Snotty cow on reception wouldn't even look up",
];

export const NEW_COMPLAINTS = [
  'The receptionist was so dismissive to me when I asked about the trip',
  'Teachers are unapproachable at pickup',
  'Someone needs to sort this mess out before someone gets hurt',
  'When is the school going to do something about it?',
  'Why is it always the same children picked for the assembly?',
  'My daughter never gets a turn on the class blog',
  'The portions are tiny and the lunches were cold again',
  'He comes home hungry every day',
  "It's ridiculous that we have to pay for the coach twice",
  'Parents are always the last to know round here',
  'We were never told the swimming had been cancelled',
];

export const NEW_THREATS = [
  'Somebody needs to slash his tyres',
  "I'm going to key Mrs Patel's car",
  "Wouldn't take much to put a brick through their window",
  "I'll smash his windscreen in",
  "Someone should set fire to the head's house",
  'I know where she works.',
  "I know where he parks and I'll be there",
  'We know what car he drives',
  'That teacher will live to regret it',
  "She's going to regret the way she spoke to me",
  'Leave my son alone or watch what happens',
  'Be a shame if something happened to that nice car of yours',
  "This isn't over, Mr Day",
  "Don't say I didn't warn you",
  "I'll make her pay",
  "I'm going to have you",
  "Keep it up Mr Doyle and you'll end up in the Wear",
  "Carry on and he'll end up in the canal",
  "I'll lay him out",
  "I'll batter him",
  "He'll get a slap",
  "If that dad squares up to me again I'll chin him",
  "I'll bray him if he comes near our Kayden",
  "I'll give her a good hiding",
  "I'll put him in hospital",
  "You'll get filled in",
  "You're dead meat",
  "He's asking for a slap",
  'If anyone touches my kid again I will knock someone out',
  "I'll be waiting at the gates for that Atkinson fella",
  "He won't walk away",
  "I'll be having words with that TA outside",
  'I know where Miss Okonjo lives',
];

export const NEW_ALLEGATIONS = [
  'The PTA treasurer has been helping herself to the raffle money',
  'Everyone knows the bursar is on the fiddle',
  'The head has been doctoring the SATs results for years',
  'Mr Lowe plays favourites with the football team',
  "She marks the girls' work lower every single time",
  'The deputy turned a blind eye to the bullying',
  'They swept the whole thing under the rug',
  'Mrs Hart is openly racist',
  'The caretaker is too friendly with the Year 6 girls',
  'The head has been misusing the sports premium money',
  'Mrs Fox treats the traveller kids differently',
];

export const NEW_SOLICITATION = [
  'FREE V-BUCKS for every child who shares this',
  'Claim your free gift card today',
  'Click here to claim your prize',
  "Congratulations, you've been selected to receive a reward",
  'Generator works 100%, no survey',
  'Promo code SUMMER gets you money back',
  '25 percent off school shoes this week only',
  'Limited time offer on kids parties',
  'Make £300 a day from your phone, be your own boss',
];
