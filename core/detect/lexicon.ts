/**
 * What the detector knows about the story beyond the corpus: the names, places, events and phrases of the
 * Westminster attack and of the 2017 encryption row, each with a weight and a side, and the near misses that
 * share words with it (other attacks, other encryption fights, other Westminsters) as negative evidence.
 * `anchor` marks cues only this story has; a page with no anchor is never about it.
 */
export type Side = 'attack' | 'encryption' | 'negative';

export interface Cue {
  label: string;
  pattern: RegExp;
  weight: number;
  side: Side;
  anchor?: boolean;
  /** counts for the policy fight itself, not only for naming the app or the technique */
  policy?: boolean;
}

const cue = (label: string, pattern: RegExp, weight: number, side: Side, flags: Partial<Pick<Cue, 'anchor' | 'policy'>> = {}): Cue => ({
  label, pattern, weight, side, ...flags,
});

export const STORY_CUES: Cue[] = [
  // The attack: its perpetrator, victims, places, investigation and aftermath.
  cue('Khalid Masood', /\b(?:(?:khalid )?masood|adrian (?:russell )?(?:elms|ajao))\b/gi, 3, 'attack', { anchor: true }),
  cue('PC Keith Palmer', /\b(?:keith palmer|pc palmer)\b/gi, 4, 'attack', { anchor: true }),
  cue('the victims named', /\b(?:aysha frade|kurt cochran|leslie rhodes|andreea cristea)\b/gi, 3, 'attack', { anchor: true }),
  cue('the Westminster attack', /\b(?:westminster(?: bridge)?(?: terror(?:ist)?)? (?:attack(?:er|s)?|atrocity|outrage|rampage|massacre)|attacks? (?:on|at|in) westminster|westminster terror(?:ist)?s?|terror(?:ist)? attack (?:on|at|in) westminster|westminster murderer)\b/gi, 3, 'attack', { anchor: true }),
  cue('the 2017 Parliament attack', /\b(?:(?:parliament|westminster) attack,? (?:in )?(?:march )?2017|march 22(?:,)? (?:terror )?attack|22 march (?:terror )?attack|u\.?k\.? parliament attack)\b/gi, 2.5, 'attack', { anchor: true }),
  cue('the attack on Parliament', /\b(?:parliament|commons) (?:terror(?:ist)? )?attack(?:er|s)?\b|\b(?:terror(?:ist)? )?attacks? (?:on|at|outside) (?:the houses of )?parliament\b/gi, 2, 'attack', { anchor: true }),
  cue('Westminster Bridge', /\bwestminster bridge\b/gi, 1.5, 'attack'),
  cue('the Palace of Westminster', /\b(?:palace of westminster|houses of parliament|parliament'?s? gates?|gates of parliament|carriage gates)\b/gi, 1, 'attack'),
  cue('82 seconds', /\b82 seconds\b/gi, 2, 'attack', { anchor: true }),
  cue('the car on the bridge', /\b(?:hyundai|rented (?:suv|car)|mowed down|mown down|ploughed (?:his car )?into|plowed (?:a rented car )?into|pedestrians)\b/gi, 0.8, 'attack'),
  cue('the stabbing', /\b(?:stabbed|stabbing|fatally stabbed|two (?:large )?knives|murdered|shot dead)\b/gi, 0.6, 'attack'),
  cue('the rampage', /\b(?:rampage|massacre|car attack|vehicle attack)\b/gi, 0.6, 'attack'),
  cue('the police officers', /\b(?:mark rowley|neil basu|craig mackey|tobias ellwood|sa74|close protection officer|bodyguard)\b/gi, 1, 'attack'),
  cue('the inquest', /\b(?:inquests?|mark lucraft|chief coroner|lawfully killed)\b/gi, 0.8, 'attack'),
  cue('the funeral', /\b(?:southwark cathedral|cortege|blue lamp)\b/gi, 1.5, 'attack'),
  cue('the funeral and anniversary', /\b(?:funeral|anniversary|vigil|trafalgar square|parliament square|floral tributes|minute'?s silence)\b/gi, 0.6, 'attack'),
  cue('the investigation', /\b(?:arrested|arrests|investigation|raids|birmingham|scotland yard|counter terrorism policing)\b/gi, 0.4, 'attack'),
  cue('the motive', /\b(?:motive|accomplices|associates|acted alone|acting alone|lone wolf|state of mind|wider network)\b/gi, 0.8, 'attack'),
  cue("the attacker's past", /\b(?:previous convictions|convictions for|converted to islam|known to (?:police|mi5)|born in kent|landlord|schoolboy|radicali[sz]ed)\b/gi, 0.8, 'attack'),
  cue('March 2017', /\b(?:22(?:nd)? march|march 22(?:nd)?|march 2017|2017-03-2\d)\b/gi, 1, 'attack'),
  cue('terror', /\bterror(?:ist|ism|ists)?\b/gi, 0.3, 'attack'),

  // The encryption row: Rudd, WhatsApp, back doors, the tech meeting, the critics, the summer trip.
  cue('Amber Rudd', /\b(?:amber rudd|ms rudd|rudd)\b/gi, 2, 'encryption', { policy: true }),
  cue('"no place for terrorists to hide"', /\b(?:no place for terrorists to hide|(?:secret|safe) place for terrorists|steam[- ]open(?:ing)? envelopes|no safe spaces? for terrorists)\b/gi, 3, 'encryption', { anchor: true, policy: true }),
  cue('the Andrew Marr Show', /\b(?:andrew marr|marr show|sophy ridge)\b/gi, 2, 'encryption', { policy: true }),
  cue('back doors', /\bback[- ]?doors?\b/gi, 2, 'encryption', { policy: true }),
  cue('end-to-end encryption', /\bend-to-end(?: encrypt\w*)?\b/gi, 2, 'encryption', { policy: true }),
  cue('encryption', /\b(?:encrypt(?:ed|ion)|decrypt\w*)\b/gi, 1.2, 'encryption'),
  cue('the message police cannot read', /\b(?:can(?:no|')?t be accessed|cannot access|unable to (?:see|access|read) (?:what|the|his)|can'?t be read|could not be read|(?:police|investigators|detectives) (?:may )?(?:not know|struggling to get access)|struggling to get access)\b/gi, 2, 'encryption', { policy: true }),
  cue('WhatsApp', /\bwhats ?app\b/gi, 1, 'encryption'),
  cue('messaging services', /\b(?:messaging (?:services?|apps?|platforms?)|encrypted messag\w*)\b/gi, 0.6, 'encryption'),
  cue('intelligence services access', /\b(?:intelligence (?:services|agencies)|security services|warrant(?:s|ry)?|lawful(?:ly)? (?:access|intercept\w*)|eavesdropping|surveillance)\b/gi, 0.6, 'encryption', { policy: true }),
  cue('the tech firms', /\b(?:tech(?:nology)? (?:firms|companies|giants|bosses|execs)|internet (?:companies|giants)|social media (?:firms|companies|giants))\b/gi, 0.8, 'encryption', { policy: true }),
  cue('the critics', /\b(?:lord paddick|brian paddick|jim killock|open rights group|draconian|civil liberties|jonathan shaw)\b/gi, 1, 'encryption', { policy: true }),
  cue('the Global Internet Forum', /\b(?:global internet forum|silicon valley)\b/gi, 1, 'encryption', { policy: true }),
  cue('Home Secretary', /\bhome secretary\b/gi, 0.6, 'encryption', { policy: true }),
];

export const NEAR_MISS_CUES: Cue[] = [
  cue('London Bridge attack', /\b(?:london bridge (?:attack|terror|stabbing|incident)|borough market|khuram butt|rachid redouane|youssef zaghba|usman khan|fishmongers' hall)\b/gi, 3, 'negative'),
  cue('Manchester Arena bombing', /\b(?:manchester arena|ariana grande|salman abedi|manchester (?:bomb\w*|attack|explosion|blast))\b/gi, 3, 'negative'),
  cue('Finsbury Park attack', /\b(?:finsbury park|darren osborne|makram ali)\b/gi, 2.5, 'negative'),
  cue('Parsons Green bombing', /\b(?:parsons green|ahmed hassan)\b/gi, 2.5, 'negative'),
  cue('the 2018 Westminster car crash', /\b(?:salih khater|khater|ford fiesta|cyclists)\b/gi, 3, 'negative'),
  cue('Windrush', /\b(?:windrush|immigration removals?|deportation|removal targets)\b/gi, 3, 'negative'),
  cue('Apple v FBI', /\b(?:san bernardino|syed (?:rizwan )?farook|iphone 5c|sheri pym|magistrate)\b/gi, 2, 'negative'),
  cue("Cameron's 2015 encryption ban", /\b(?:charlie hebdo|ban (?:securely )?encrypted|snapchat|imessage)\b/gi, 2.5, 'negative'),
  cue('later UK encryption fights', /\b(?:priti patel|patel|zuckerberg|privacy first|online safety (?:bill|act)|ofcom|royal assent|suella braverman|client-side scanning|apple(?:'s)? advanced data protection)\b/gi, 2.5, 'negative'),
  cue('other WhatsApp news', /\b(?:privacy policy|signal and telegram|telegram|new terms of service|daily active users)\b/gi, 1.2, 'negative'),
  cue('Europol TE-SAT', /\b(?:te-sat|trend report)\b/gi, 2, 'negative'),
  cue('another Westminster', /\b(?:statute of westminster|westminster kennel club|dog show|westminster abbey|westminster hour|westminster council|westminster school|westminster college|westminster dog|best in show)\b/gi, 3, 'negative'),
  cue('other news', /\b(?:martin mcguinness|big ben (?:falls|fell|fall) silent|bongs|storm doris)\b/gi, 2, 'negative'),
];

export const ALL_CUES: Cue[] = [...STORY_CUES, ...NEAR_MISS_CUES];

/**
 * Other attacks a story page may set beside this one ("the Nice truck attack killed 86"): a sentence naming one
 * counts someone else's dead. Capitalised place names, with a word of attack in the sentence.
 */
export const OTHER_ATTACKS = /\b(?:Nice|Berlin|Stockholm|Paris|Brussels|Barcelona|Orlando|Ohio|Jerusalem|Sydney|Woolwich|Glasgow|Tunisia|Sousse|Bataclan|Las Vegas|Charlottesville|Ottawa|Quebec)\b|\b(?:9\/11|7\/7|Lee Rigby)\b/;
export const ATTACK_WORD = /\b(?:attack|attacks|bombing|bomber|massacre|shooting|rampage|killed|dead|died|victims|terror)\b/i;
