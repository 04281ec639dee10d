// Typed accessor for the hand-kept gazetteer (gazetteer.json): news agencies, international
// bodies, organisation/media/place head words, titles and boilerplate. Lookups are Maps/Sets.

import data from './gazetteer.json' with { type: 'json' };
import type { ActorType } from '../types.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface GazetteerEntity {
  name: string;
  type: ActorType;
  aliases: string[];
  /** Name (or ISO alpha-2 code) of the entity this one is part of, e.g. White House → US. */
  partOf?: string;
}

export interface Gazetteer {
  /** Lower-cased name or alias → entity. */
  entities: Map<string, GazetteerEntity>;
  orgHeads: Set<string>;
  groupHeads: Set<string>;
  mediaHeads: Set<string>;
  placeHeads: Set<string>;
  eventHeads: Set<string>;
  /** Lower-cased title phrases ("foreign minister"), with the abbreviated titles ("adm.") and the occupations used as titles. */
  titles: Set<string>;
  /**
   * Occupations and descriptions written as a title before a name ("Singer Kaia Rhys", "Sheriff
   * Dale Hatcher", "Neighbor Carol Jenks"), lower case; part of `titles`. The NER tagger's title features leave them out: retrained with them,
   * the tagger moved CoNLL dev by 0.0001 and changed a hundred speakers over 300 PolNeAR training
   * articles, as many for the worse as for the better.
   */
  occupationTitles: Set<string>;
  titleModifiers: Set<string>;
  anonymousHeads: Set<string>;
  /** Singular nouns that can head an unnamed source: people, roles, bodies, documents ("critic", "poll"). */
  sourceNouns: Set<string>;
  boilerplate: string[];
  notNames: Set<string>;
  /** Nationalities, religions, parties' adjectives: what CoNLL calls MISC, never an actor alone. */
  miscWords: Set<string>;
  /** Closed-class words (prepositions, pronouns, conjunctions), lower case. */
  functionWords: Set<string>;
  /** Abbreviated place names → full name ("Calif." → "California"). */
  placeAbbreviations: Map<string, string>;
}

let cached: Gazetteer | null = null;

/** The gazetteer, indexed once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const entities = new Map<string, GazetteerEntity>();
  for (const e of data.entities as GazetteerEntity[]) {
    for (const n of [e.name, ...e.aliases]) entities.set(n.toLowerCase(), e);
  }
  cached = {
    entities,
    orgHeads: new Set(data.orgHeads),
    groupHeads: new Set(data.groupHeads),
    mediaHeads: new Set(data.mediaHeads),
    placeHeads: new Set(data.placeHeads),
    eventHeads: new Set(data.eventHeads),
    titles: new Set([...data.titles, ...data.occupationTitles, ...TITLE_ABBREVIATIONS.map((t) => `${t}.`)].map((t) => t.toLowerCase())),
    occupationTitles: new Set(data.occupationTitles.map((t) => t.toLowerCase())),
    titleModifiers: new Set(data.titleModifiers),
    anonymousHeads: new Set(data.anonymousHeads),
    sourceNouns: new Set(data.sourceNouns),
    boilerplate: data.boilerplate,
    notNames: new Set(data.notNames),
    miscWords: new Set(data.miscWords),
    functionWords: new Set(data.functionWords),
    placeAbbreviations: new Map(Object.entries(data.placeAbbreviations)),
  };
  return cached;
}
