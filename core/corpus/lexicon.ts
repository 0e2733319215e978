/** Word lists the builder reads people, roles and attributions with. English news usage. */

/** Titles written before a name that are not part of it as a role: "Ms Rudd", "PC Keith Palmer", "Lord Paddick". */
export const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Lord', 'Lady', 'Sir', 'Dame', 'Baroness', 'Baron', 'PC', 'Pc', 'DC', 'DS', 'DI', 'Sgt', 'Insp', 'Supt', 'Det', 'Prof', 'Rev', 'Cllr', 'PM']);

/** Honorifics that stand for the name when no given name is written: "Lord Paddick" is his name in the text. */
export const NAME_HONORIFICS = new Set(['Lord', 'Lady', 'Sir', 'Dame', 'Baroness', 'Baron']);

/** Head nouns of a role or a description of a person: "Home Secretary", "home affairs spokesman", "top cop". */
export const ROLE_HEADS = new Set(
  `secretary minister minster commissioner director chief spokesman spokeswoman spokesperson mp mep chair chairman
  chairwoman leader president officer constable terrorist attacker gunman assailant killer editor correspondent
  analyst professor lawyer executive founder head mayor commander superintendent inspector sergeant agent cop
  official adviser advisor ambassador chancellor premier senator governor judge coroner campaigner tourist teacher
  ceo researcher expert journalist reporter presenter host general colonel captain nurse doctor businessman
  businesswoman peer attorney prosecutor commentator ombudsman regulator watchdog deputy coordinator manager boss
  investigator detective activist speaker`.split(/\s+/),
);

/** Capitalised words of titles that may stand in a role although they name nothing on their own. */
export const CAPITALISED_ROLE_WORDS = new Set(
  'Home Foreign Prime Secretary Minister Minster Commissioner Metropolitan Police Labour Conservative Liberal Democrat American British Justice Defence Health Chief Deputy'.split(' '),
);

/** Lower-case words that may stand inside a role before its head: "former ... deputy assistant commissioner". */
export const ROLE_MODIFIERS = new Set(
  `former acting deputy assistant previous then shadow interim senior junior top home foreign affairs security
  justice defence health digital culture policy technology intelligence terrorism counter-terrorism police crime
  prime chief executive general managing national international armed metropolitan local veteran american british
  interior senior`.split(/\s+/),
);

/** Capitalised words that open sentences rather than name anything. */
export const SENTENCE_OPENERS = new Set(
  `The A An And But Or On In At Of For With By From To As It Its This That These Those He She They We I You His Her
  Their Our Last Next After Before When While Where What Who Why How There Here If So Then Now Also Yet Still Even
  Meanwhile However Thousands Hundreds Many Some Most All No Yes Two Three Four Five Six Seven Eight Nine Ten
  Eleven Twelve Investigators Detectives Officers Internet Yesterday Today Tonight Earlier Later Witnesses Police
  Deadly Former Armed`.split(/\s+/),
);

/**
 * Capitalised words that start sentences or name things, never a person's given name or surname: general
 * English (openers, days, months, institutions' nouns, countries and nationalities). A story adds the words of
 * its own places and bodies ("Commons", "Metropolitan": the story file's `notNames`): see `notNameWords`.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...SENTENCE_OPENERS,
  ...`Parliament Bridge Square Street Road Court
  Committee Assembly Office Government House Party Union Council Service Services Agency Department
  Ministry Group Company University College School Hospital Church Abbey Palace Station Centre News Show Politics
  Programme Radio Channel Times Post Mail Guardian Telegraph Independent Express Mirror Herald Journal Daily
  Standard Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April June July August
  September October November December Britain British England English Scotland Wales Ireland Europe
  European America American Australia Australian Canada Canadian France French Germany German New Zealand Zealander Islamic State Internet Labour Conservative Conservatives Liberal Democrat
  Democrats Home Foreign Prime Secretary Minister Minster Commissioner`.split(/\s+/),
]);

/** Verbs that attribute words to a speaker ("Ms Rudd said:", "Lord Paddick branded ... 'draconian'"). */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|warned|warns|warning|branded|brands|believed|believes|called|calls|revealed|reveals|demanded|demands|insisted|insists|claimed|claims|argued|argues|stated|states|explained|explains|admitted|admits|described|describes|describing|attacking|attacked|attacks|urged|urges|wrote|writes|tweeted|asked|asks|replied|responded|commented|announced|declared|suggested|suggests|noted|vowed|stressed|accused|condemned|condemns|labelled|dubbed|criticised|praised|acknowledged|conceded|confirmed|denied|maintained|promised|agreed|saying|telling|adding|calling|insisting|arguing|blasted|slammed|continued';

/** Words that may stand between a speaker and the verb: "has said", "had also warned" (not "were warned": passive). */
export const SPEECH_AUX = String.raw`(?:(?:has|have|had|also|later|then|previously|once|again|reportedly)\s+)*`;

/** Letters after a name that are not part of it: "Mark Lucraft QC said". */
export const POST_NOMINAL = String.raw`(?:\s+(?:QC|KC|MP|MEP|CBE|OBE|MBE))?`;

/** Nouns of a place or occasion words were said at, referred back to as "the committee". */
export const VENUE_NOUNS = 'committee|inquiry|hearing|conference|summit|programme|show';

/** The general words that name no person, with a story's own. */
export function notNameWords(storyWords: Iterable<string>): ReadonlySet<string> {
  return new Set([...NOT_NAME_WORDS, ...storyWords]);
}

/**
 * Countries a title may belong to other than the story's own: "the Australian prime minister", "France's interior
 * minister" hold a title another person holds in the story. Adjectives and the names written with "'s".
 */
export const OTHER_COUNTRIES = {
  adjectives: `Australian American US U.S. French German Spanish Italian Irish Indian Canadian Belgian Dutch Swedish Turkish
  Russian Chinese Japanese Israeli Pakistani Zealand EU European Romanian Portuguese Polish Greek Austrian Danish Norwegian
  Finnish Korean Egyptian Saudi Malaysian Singaporean Indonesian Iranian Iraqi Syrian Afghan Nigerian Kenyan Brazilian
  Mexican Swiss Hungarian Czech Jordanian Lebanese Moroccan Tunisian Algerian`.split(/\s+/),
  names: `Australia America France Germany Spain Italy Ireland India Canada Belgium Sweden Turkey Russia China Japan Israel
  Pakistan Zealand Europe Romania Portugal Poland Greece Austria Denmark Norway Finland Korea Egypt Malaysia Singapore
  Indonesia Iran Iraq Syria Nigeria Kenya Brazil Mexico Switzerland Hungary`.split(/\s+/),
};
