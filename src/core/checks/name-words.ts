// Word lists for telling a name from an ordinary word.
import { eng as ENGLISH_STOP_WORDS } from 'stopword';

/** Titles before a surname: "Mrs Patel". */
export const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame', 'mister', 'missus']);

/**
 * First names that are also ordinary English words (or months, days, seasons, festivals): they
 * count as a name only with context ("Well done Grace", "Will scored", "Holly in Year 4").
 */
export const AMBIGUOUS_FIRST_NAMES = new Set(
  `will may grace hope holly summer jack bill mark rose sky skye joy faith daisy ivy lily poppy ruby amber autumn
  dawn april june august miles art bob buck chase chip clay cliff dale dean drew earl frank gene glen guy hunter jay
  jewel lance les max melody nick pat pearl penny ray reed rich river robin rod rusty sandy sonny sunny storm wade
  violet willow harmony heather iris jade olive hazel honey blossom star rowan ash bay brook cash cole crystal destiny
  fern fox gale happy heath hero honor honour journey justice kit lark lucky major marsh merry misty page pepper piper
  prince princess rain raven rebel rocky royal sage saint shadow sterling stone sue true trinity valentine wren winter
  spring sunday noble north cherry coral ginger goldie bunny young ebony angel diamond echo ember eve noel carol
  christian bishop dot don dusty flint ford grey gray hale king porter shepherd rob jean
  ben kay val sol bear blue coco daisy lacey lake leaf meadow ocean season snow sparrow tiger wolf
  precious patience prudence charity constance verity liberty teddy`.split(/\s+/).filter(Boolean)
    // Names that are also the commonest English words: "Can", "Don", "Al", "Ed".
    .concat(ENGLISH_STOP_WORDS.filter((w) => w.length > 1)),
);

/**
 * Ambiguous names that are months, seasons, days or festivals: a possessive ("May's newsletter")
 * is not enough context for these.
 */
export const CALENDAR_WORDS = new Set(['may', 'june', 'april', 'august', 'summer', 'autumn', 'winter', 'spring', 'sunday', 'eve', 'noel', 'carol', 'easter']);

/** Names that are also virtues or values, listed together in a school's values ("Faith, Hope and Love"). */
export const VIRTUES = new Set(['hope', 'joy', 'faith', 'grace', 'charity', 'patience', 'prudence', 'verity', 'liberty', 'honour', 'honor', 'justice', 'harmony', 'peace', 'mercy', 'love', 'trust', 'unity', 'destiny', 'constance', 'felicity']);

/** Immediately before a name: "Congratulations Grace", "Well done, Will". */
export const CUES_BEFORE_ONE = new Set(['congratulations', 'congrats', 'welcome', 'dear', 'hi', 'hello', 'hey', 'bravo', 'thanks', 'go', 'love', 'sorry', 'bye', 'cheers']);
export const CUES_BEFORE_TWO = new Set([
  'well done', 'thank you', 'goes to', 'awarded to', 'congratulations to', 'thanks to', 'shout out', 'out to', 'proud of',
  'happy birthday', 'the week', 'presented to', 'given to', 'go to', 'big up', 'pupil named', 'girl called', 'boy called',
  'child called', 'our pupil', 'my son', 'my daughter', 'son is', 'daughter is', 'done to', 'you to', 'birthday to',
  'merry christmas', 'happy christmas', 'night night', 'good luck', 'go on', 'come on', 'well played', 'proud of',
]);

/** Immediately after a name: "Will scored twice", "Grace won". */
export const CUES_AFTER = new Set([
  'scored', 'won', 'wins', 'achieved', 'received', 'receives', 'came', 'finished', 'completed', 'performed', 'represented',
  'earned', 'collected', 'painted', 'wrote', 'sang', 'danced', 'swam', 'raised', 'gained', 'passed', 'read', 'drew',
  'impressed', 'amazed', 'showed', 'shows', 'deserves', 'deserved', 'says', 'said', 'keeps', 'kept', 'loves', 'wants',
  'wanted', 'told', 'asked', 'thinks', 'cried', 'laughed', 'enjoyed', 'giggled', 'insists', 'reckons', 'refuses', 'misses', 'cant', 'couldnt',
  // Past tenses a child does that no modal or month takes: "Mark nailed it", "Grace loved it", "Will forgot his kit".
  'nailed', 'loved', 'adored', 'forgot', 'aced', 'tried', 'managed', 'helped', 'learnt', 'learned', 'practised', 'baked',
]);

/** Two words after a name that a person does, for names that are not months or virtues: "Holly was so excited". */
export const CUES_AFTER_TWO = new Set(['was so', 'is so', 'was very', 'is very', 'was really', 'is really', 'has been']);

/** Words for a member of staff just before a first name: "TA Callum", "our teacher Holly". */
export const STAFF_ROLE_WORDS = new Set([
  'ta', 'tas', 'teacher', 'teachers', 'assistant', 'head', 'headteacher', 'headmaster', 'headmistress', 'deputy', 'senco', 'dsl', 'caretaker', 'coach',
  'chef', 'cook', 'receptionist', 'secretary', 'lsa', 'hlta', 'nurse', 'counsellor', 'vicar', 'reverend', 'rev', 'supervisor', 'supervisors', 'lady',
  'colleague', 'colleagues', 'manager', 'bursar', 'admin', 'administrator', 'cleaner', 'technician', 'librarian', 'mentor', 'instructor',
]);

/** Words that mark a parent: a governor's name counts as a parent's only near one of these. */
export const PARENT_WORDS = new Set(['mum', 'mummy', 'mam', 'mom', 'mama', 'dad', 'daddy', 'papa', 'mother', 'father', 'parent', 'parents', 'carer', 'stepmum', 'stepdad', 'grandma', 'grandad']);

/** First names that begin set phrases: "Jacob's ladder", "teddy bears' picnic", "Jack Frost". */
export const SET_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    jacob: ['ladder', 'sheep'],
    teddy: ['bear', 'bears'],
    ted: ['talk', 'talks'],
    jack: ['frost', 'russell', 'sprat', 'horner'],
    tom: ['thumb', 'cat', 'tom'],
    peter: ['pan', 'rabbit'],
    humpty: ['dumpty'],
    father: ['christmas'],
    bob: ['marley'],
    mary: ['poppins', 'rose'],
    alice: ['band', 'bands'],
    billy: ['goats', 'goat'],
    victoria: ['sponge', 'station', 'line', 'cross'],
    charlotte: ['russe'],
    eton: ['mess'],
    oscar: ['winner', 'winners', 'winning', 'nominated', 'nominee', 'nominees', 'night', 'ceremony'],
    matilda: ['the'],
  }).map(([k, v]) => [k, new Set(v)]),
);

/** Titles of stories and plays that start with a first name: "Jack and the Beanstalk". */
export const TITLES_AFTER: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  Object.entries({
    jack: ['and the beanstalk', 'and jill'],
    jill: ['and jack'],
    charlie: ['and the chocolate', 'and lola'],
    james: ['and the giant'],
    joseph: ['and mary', 'and his amazing', 'and the amazing'],
    mary: ['and joseph'],
    adam: ['and eve'],
    romeo: ['and juliet'],
    hansel: ['and gretel'],
    peter: ['and the wolf'],
    katie: ['morag'],
    percy: ['the park keeper'],
  }).map(([k, v]) => [k, v.map((phrase) => phrase.split(' '))]),
);

/** The first name of a story's or a nativity's pair after these ("Mary and Joseph"): a character. */
export const PAIRED_BEFORE: ReadonlyMap<string, string> = new Map([
  ['joseph', 'mary'], ['mary', 'joseph'], ['eve', 'adam'], ['juliet', 'romeo'], ['gretel', 'hansel'], ['jill', 'jack'], ['lola', 'charlie'],
]);

/** Before a first name, words that make it someone else: a saint, a royal, a baby ("St Joseph's", "Prince Harry", "baby Zara"). */
export const NOT_A_PUPIL_BEFORE = new Set(['st', 'saint', 'prince', 'princess', 'king', 'queen', 'lord', 'lady', 'baby', 'newborn', 'pope', 'archbishop', 'bishop']);

/** Verbs before "as": "came as Matilda", "dressed as Joseph": the name is a costume or a part. */
export const PLAYED_AS = new Set(['came', 'come', 'coming', 'dressed', 'went', 'going', 'go', 'played', 'plays', 'playing', 'starring', 'stars', 'cast', 'appeared', 'appearing']);

/** Lower-case words that are also first names: "a ginger tom called Biscuit". */
export const LOWER_CASE_WORDS = new Set(['tom', 'kitty', 'nan', 'ted']);

/** Words for a person after a name: "that Okafor woman", "that Atkinson fella". */
export const PERSON_NOUNS = new Set(['woman', 'man', 'bloke', 'fella', 'fellow', 'lady', 'mum', 'mam', 'dad', 'family', 'lot', 'guy', 'girl', 'boy', 'lad', 'kid', 'child', 'cow', 'git', 'idiot']);

/**
 * Surnames that are also ordinary words: alone, without a title, they are read as the word
 * ("Brown bread", "Hall was packed", "Park is closed"), never as someone's surname.
 */
export const ORDINARY_SURNAMES = new Set(
  `brown green white black grey gray gold silver hall hill wood woods field fields mill mills park parks lane
  street church chapel castle bridge bridges ford banks bank marsh moss heath moor moors dale dell vale brook
  brooks pool pond well wells stone stones rock wall walls gate gates house home rose bird fox wolf lamb bull
  crow swan drake finch nightingale sparrow robin hawk hawks fish salmon herring king queen prince bishop
  knight lord earl duke baron page cook baker butcher carpenter mason fisher hunter archer porter potter tailor
  farmer gardener shepherd weaver brewer young old long short little small large strong sharp bright swift wise
  good best rich moody bold hardy savage gentle love friend friends hope joy faith grace may summer winter
  spring frost snow rain storm day nights price cash money pound penny cross law bond bell bells horn keys key
  lock west east north south london paris york lincoln chester kent wales english ireland holland france hood
  head hand hands foot bliss bloom blossom bush cave chance cotton coffee curry dean diamond dove duck eagle
  early fair fell fry gill glass goodwill hale hay hedge holly honey hook hunt ivy jolly lake leaf light major
  march meadow mile miles moon morrow noble oak orchard pearl pepper pike pine plant pope quick ray read reed
  rice ridge rivers rook rush sage sands sleep stag stark steel strange summers sweet thorn tower town vine
  wade waters way weeks wild wing wolfe worth wren yard`.split(/\s+/).filter(Boolean),
);

/** After a surname alone, words that show a person is meant: "Patel is useless", "Hughes never listens". */
export const SURNAME_CUES_AFTER = new Set(
  `is was has had should needs need must can cant cannot could will would wont did does doesnt didnt never always just
  said says told tells shouted shouts screamed laughed ignored ignores refused refuses thinks knows wants gets got
  lied lies lying treats treated picks picked singles singled blamed blames humiliated embarrassed isnt wasnt hasnt
  hates hated seems seemed clearly obviously really honestly`.split(/\s+/).filter(Boolean),
);

/** Before a first name, words that address someone by it: "thanks Kerry", "hi Sarah", "cheers Dave". */
export const ADDRESS_CUES_BEFORE_ONE = new Set([
  'hi', 'hello', 'hey', 'hiya', 'dear', 'thanks', 'thank', 'thankyou', 'cheers', 'ta', 'morning', 'evening', 'sorry', 'congratulations', 'congrats',
  'welcome', 'bye', 'love', 'oh', 'honestly', 'seriously', 'aww', 'aw',
]);
export const ADDRESS_CUES_BEFORE_TWO = new Set([
  'thank you', 'thanks to', 'well done', 'well said', 'good morning', 'good evening', 'shout out', 'out to', 'big up', 'ask for', 'speak to',
  'talk to', 'spoke to', 'spoken to', 'message from', 'love from', 'happy retirement', 'your retirement', 'me and', 'chat with', 'chatting with',
  'chatted with', 'you to', 'miss you', 'gin with', 'pint with', 'wine with', 'drink with', 'dinner with', 'night with', 'chat to', 'chatting to', 'chatted to', 'talking to', 'talked to', 'catch up with', 'coffee with', 'lunch with', 'brunch with',
  'drinks with', 'my favourite', 'our favourite', 'the lovely', 'our lovely', 'my lovely', 'the wonderful', 'our wonderful', 'the brilliant',
  'our brilliant', 'the amazing', 'our amazing', 'the fabulous', 'our fabulous', 'congratulations to', 'goodbye to', 'farewell to', 'happy birthday',
  // Told off in a thread: "Do one Camilla", "Grow up Gemma".
  'do one', 'grow up', 'calm down', 'come on', 'get lost', 'shut up', 'give over', 'jog on', 'wind it',
]);
