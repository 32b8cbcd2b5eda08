// Political, commercial and religious solicitation in comments and staff members' own posts:
// "vote Labour", "buy my cards", "DM for prices", "join our church", "sign our petition", discount
// codes, and scam bait ("free robux", "claim now", "free iPad for every parent").
// The school's own posts ("vote for our school in the Tesco scheme", "tickets from the office")
// are not checked for this.
import { phraseDetector } from './phrases.ts';

export const solicitationDetector = phraseDetector({
  name: 'solicitation',
  category: 'solicitation',
  rule: 'no-solicitation',
  reason: 'This solicits (political, commercial or religious): not for a school page',
  merge: 'text',
  confidence: 0.75,
  kinds: ['comment', 'personal'],
  triggers:
    'customer claim click receive prize reward gift 100 legit survey verification discount promo voucher coupon referral percent offer stocks make passive income boss ' +
    'vote candidate petition buy dm pm inbox message sale earn home investment opportunity opportunities crypto page shop business brochure avon website channel stall store etsy instagram insta facebook younique forever herbalife usborne slimming tupperware scentsy partylite order delivery off code sign free party session lesson place win customers bets bet spins handmade raffle rates prices bio support living worship pray church congregation fellowship mosque bible prayer jesus god christ lord allah alpha chapel gospel',
  patterns: [
    // political
    String.raw`\b(?:please\s+)?vote\s+(?:for\s+)?(?:me|labour|tory|tories|conservatives?|lib\s*dems?|liberal\s+democrats?|greens?|green\s+party|reform|ukip|snp|plaid|independent)\b`,
    String.raw`\bvote\s+for\s+(?!our\b|us\b|the\b|your\b|a\b|an\b|their\b|my\s+(?:child|son|daughter)\b|which\b|whoever\b)[a-z]+\b`,
    String.raw`\b(?:conservative|labour|reform|green|lib\s*dem|independent)\s+candidate\b`,
    String.raw`\bsign\s+(?:our|the|my|this)\s+petition\b`,
    // commercial (with discount codes and offers: promo code, 15 percent off, limited time offer)
    String.raw`\bbuy\s+(?:my|our)\s+[a-z]+`,
    String.raw`\b(?:dm|pm|inbox|message)\s+(?:me\s+)?(?:now|today|for\s+(?:prices|details|info|more))\b`,
    String.raw`\b(?:cheap|brand\s+new|nearly\s+new)\s+[a-z]+\s+for\s+sale\b(?:,?\s+message\s+me)?`,
    String.raw`\bearn\s+£?\d+|\b(?:work|earn|money)\s+from\s+home\b|\binvestment\s+(?:opportunity|opportunities)\b|\bcrypto\b`,
    String.raw`\b(?:check\s+out|follow|like|visit|share)\s+my\s+(?:page|shop|business|brochure|avon|website|channel|stall|store|etsy|insta|instagram|facebook\s+page)\b`,
    String.raw`\bmy\s+(?:avon|younique|etsy\s+shop|forever\s+living|herbalife|usborne|slimming\s+world|tupperware|scentsy|partylite)\b`,
    String.raw`\border\s+now\b|\bfree\s+delivery\b|\b\d+\s?%\s+off\b|\b(?:use|with)\s+(?:my\s+)?(?:discount\s+)?code\s+[a-z0-9]+|\b(?:discount|promo|voucher|coupon|referral)\s+code\b|\b\d+\s+percent\s+off\b|\b(?:limited\s+time|limited-time|exclusive|unbeatable|introductory)\s+offer\b|\bwhile\s+stocks\s+last\b`,
    String.raw`\bsign\s+up\s+to\s+my\b|\bfirst\s+(?:week|session|lesson|class)\s+free\b`,
    String.raw`\bbook\s+your\s+(?:child'?s\s+)?(?:[a-z]+\s+)?(?:party|session|lesson|place)\s+with\b`,
    String.raw`\bwin\s+big\b|\bnew\s+customers?\s+get\b|\bfree\s+(?:bets?|spins|£\d+)`,
    String.raw`\bhandmade\s+[a-z ]{0,30}?(?:order|buy)\b`,
    String.raw`\b(?:buy|get)\s+(?:your\s+)?raffle\s+tickets\s+for\s+my\b`,
    String.raw`\b(?:reasonable|competitive|cheap|great|low|unbeatable)\s+(?:rates|prices)\b`,
    String.raw`\b(?:from|at|on|via|visit|follow|like|share|check\s+out)\s+my\s+(?:[a-z]+\s+)?(?:page|shop|business|website|stall|store|etsy)\b`,
    String.raw`\blink\s+in\s+(?:my\s+)?bio\b|\bsupport\s+my\s+(?:sponsored|business|page|shop|campaign|fundraiser)\b|\binbox\s+me\b|\bforever\s+living\b`,
    // scam bait: free robux, claim now, click here to claim, you've won, works 100%
    String.raw`\bfree\s+(?:robux|v-?bucks|ipads?|iphones?|ps5|xbox|playstation|nintendo\s+switch|gift\s*cards?|amazon\s+vouchers?|cash|money|coins|gems|skins|followers)\b|\bclaim\s+(?:now|yours|it\s+now|your\s+(?:free|prize|reward|gift|voucher|bonus|cash))\b|\bclick\s+(?:here|the\s+link|below|now|this\s+link)\s+(?:to\s+)?(?:claim|win|get|grab|receive|collect)\b|\b(?:you've|youve|you\s+have)\s+(?:been\s+)?(?:won|selected|chosen)\s+(?:to\s+(?:receive|claim)|a\s+free|(?:a|an)\s+(?:prize|reward|voucher|gift))\b|\bworks\s+100\s?%|\b100\s?%\s+(?:free|legit|working|genuine)\b|\bno\s+(?:survey|human\s+verification)\b|\blegit\s+(?:site|link|method|generator)\b`,
    // money-making offers: make £200 a day, passive income, be your own boss
    String.raw`\bmake\s+£\d[\d,]*\s+(?:a|per|every)\s+(?:day|week|month)\b|\bpassive\s+income\b|\bbe\s+your\s+own\s+boss\b`,
    // religious
    String.raw`\bjoin\s+(?:our|my)\s+(?:church|congregation|fellowship|mosque|bible\s+study|prayer\s+group)\b`,
    String.raw`\b(?:discover|find|accept|know|meet)\s+(?:jesus|god|christ|the\s+lord|allah)\b|\bjesus\s+saves\b`,
    String.raw`\balpha\s+course\b|\b(?:come\s+and\s+)?(?:worship|pray)\s+with\s+us\b`,
    String.raw`\bcome\s+to\s+(?:our\s+)?(?:[a-z']+\s+){0,6}?(?:church|chapel|mosque|gospel\s+hall)\b`,
  ],
});
