// Closed word classes the attribution patterns need: auxiliaries that join a cue, words that
// end a speaker phrase, pronouns, and quotation marks. Small fixed lists, kept as data.

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Words between a speaker and the cue verb that belong to the cue ("has said", "also noted"). */
export const AUXILIARIES = set(
  "has have had is are was were be been being will would could can may might should must shall did does do " +
  "also later then repeatedly previously recently publicly once again often already still not never just even " +
  "first last since reportedly privately openly quickly initially earlier further separately subsequently " +
  "hasn't haven't hadn't isn't aren't wasn't weren't won't wouldn't couldn't can't didn't doesn't don't " +
  "hasn’t haven’t hadn’t isn’t aren’t wasn’t weren’t won’t wouldn’t couldn’t can’t didn’t doesn’t don’t",
);

/** Words that cannot be inside a speaker phrase: clause openers, verbs, time words. */
export const PHRASE_BREAKERS = set(
  'that because while when whenever whether if but although though as after before since so where why how what ' +
  'than until unless once also then however meanwhile yet still and or nor instead thus therefore indeed ' +
  'is are was were be been has have had will would could can may might should must did does do ' +
  'not never today yesterday tonight now later earlier recently monday tuesday wednesday thursday friday saturday sunday ' +
  'week month year during about over into against it this there here said says say told',
);

/** Subject pronouns that can stand for a speaker. */
export const PRONOUNS = set('he she they it we i you who which');

/** Words that may open a speaker phrase but never end one alone. */
export const DETERMINERS = set('the a an his her their its our my your this these those some many several both all two three four five');

/** Articles and possessives: the words that open a noun phrase naming one thing ("the venue", "its contractor"). */
export const ARTICLES_AND_POSSESSIVES = set('a an the his her its their');

/** Quantifiers that can stand alone for a group of speakers ("Many believe", "two in three said"). */
export const QUANTIFIERS = set('many some several both all few most others half one two three four five six seven eight nine ten');

/** Prepositions allowed inside a speaker phrase ("officials at the ministry", "people familiar with"). */
export const PHRASE_PREPOSITIONS = set('of at for from with in to on by');

/** Documents and measurements that "show" or "find" with a bare object: "the poll shows Ruiz leading". */
export const EVIDENCE_NOUNS = set(
  'poll polls polling survey surveys report reports study studies analysis data figures numbers statistics results ' +
  'records documents filings filing emails memo memos records review audit investigation research estimates count tally video videos footage tape recording results transcript transcripts photos photo images minutes findings',
);

/** Past participles that do not end in -ed, for passive cues ("was told", "is said"). */
export const IRREGULAR_PARTICIPLES = set('said told thought known seen shown written heard felt found given made sought');

/** Participles whose subject holds the view even after "be": "is convinced that", "was worried about". */
export const EXPERIENCER_PARTICIPLES = set('worried convinced concerned opposed decided determined committed pleased disappointed surprised prepared');

/** Lower-case words of a title between capitalised words: "Democratic presidential nominee Ana Ruiz". */
export const TITLE_WORDS = set(
  'presidential nominee candidate front-runner frontrunner hopeful senator governor congressman congresswoman representative leader chairman chairwoman chair president secretary minister spokesman spokeswoman strategist pollster adviser advisor director attorney general commentator host anchor columnist activist mayor speaker majority minority party state former retired campaign manager chief executive vice deputy assistant contender rival challenger primary national committee official lawmaker delegate superdelegate businessman mogul billionaire senior top real estate',
);

/** Day words that may stand between a speaker and the cue or after it ("Park today said"). */
export const TIME_WORDS = set('today yesterday tonight now monday tuesday wednesday thursday friday saturday sunday');

/** A preposition right after the verb belongs to the cue: "warned about", "insisted on". */
export const CUE_PREPOSITIONS = set('about for on of against with at in outside');

/** Words ending in "-ly" that are not adverbs, so never part of a cue ("the rally shows"). */
export const LY_NOUNS = set('rally family july italy supply apply holy ally belly jelly folly tally lily assembly anomaly monopoly homily');
