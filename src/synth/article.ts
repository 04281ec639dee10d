// One synthetic news article from a seeded random source: a headline, a lead with an office
// holder's reported claim, direct quotes with cues, a relayed claim, an anonymous source and
// filler, over a cast that recurs across the corpus. Pure: the same (seed, index) gives the same text.

import { seededRandom } from '../graph/random.js';
import { castSize, country, organisation, person, popular, type Person } from './cast.js';
import { CUES, DAYS, OUTLETS, TOPICS } from './vocab.js';

/** A record as the JSON/NDJSON loaders read it. */
export interface SynthArticle { id: string; url: string; title: string; text: string; publishedAt: string; source: string }

const EPOCH = Date.UTC(2021, 0, 1);
const DAY_MS = 86_400_000;

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The article `index` of a corpus of `total` articles generated with `seed`. */
export function synthArticle(seed: number, index: number, total: number): SynthArticle {
  const rnd = seededRandom((seed * 2_654_435_761 + index * 40_503 + 1) >>> 0);
  const one = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const pool = castSize(total);
  const cast: Person[] = [];
  while (cast.length < 3) {
    const p = person(popular(rnd, pool.people));
    if (!cast.some((c) => c.surname === p.surname)) cast.push(p);
  }
  const [lead, rival, third] = cast;
  const org = organisation(popular(rnd, pool.organisations));
  const place = country(Math.floor(rnd() * 30));
  const outlet = one(OUTLETS);
  const relay = one(OUTLETS.filter((o) => o !== outlet));
  const [topic, verdict] = one(TOPICS);
  const [topic2, verdict2] = one(TOPICS);
  const day = one(DAYS);
  const full = (p: Person): string => `${p.first} ${p.surname}`;
  const titled = (p: Person): string => (p.of.startsWith('the ') ? `${full(p)}, ${p.office} of ${p.of},` : `${p.of}'s ${p.office} ${full(p)}`);
  const published = new Date(EPOCH + Math.floor(rnd() * 4 * 365) * DAY_MS).toISOString().slice(0, 10);

  const cue = one(CUES);
  const leadSentence = (() => {
    switch (cue.kind) {
      case 'ACCUSATION': return `${titled(lead)} on ${day} accused the ${org} of misleading the public about ${topic}.`;
      case 'CRITICISM': return `${titled(lead)} on ${day} criticised ${full(rival)} over ${topic}, calling it ${verdict}.`;
      case 'PRAISE': return `${titled(lead)} on ${day} praised ${full(rival)} for handling ${topic}.`;
      case 'DENIAL': return `${titled(lead)} on ${day} denied that ${topic} was ${verdict}.`;
      case 'REJECTION': return `${titled(lead)} on ${day} rejected a proposal from the ${org} on ${topic}.`;
      case 'DEMAND': return `${titled(lead)} on ${day} demanded that ${place} reconsider ${topic}.`;
      default: return `${titled(lead)} ${cue.verb} on ${day} that ${topic} was ${verdict}.`;
    }
  })();
  const paragraphs = [
    leadSentence,
    `"We have looked at ${topic} closely, and it is ${verdict}," ${lead.surname} said at a news conference in ${place}. ` +
      `"Nobody should pretend otherwise."`,
    `${full(rival)}, ${rival.of.startsWith('the ') ? `${rival.office} of ${rival.of}` : `${rival.of}'s ${rival.office}`}, disagreed. "${cap(topic2)} is ${verdict2}, and the figures show it," ` +
      `${rival.surname} told reporters.`,
    `According to the ${relay}, ${full(third)} said the ${org} would publish its own assessment of ${topic} next month.`,
    `A senior official, speaking on condition of anonymity, said talks between ${place} and the ${org} had stalled.`,
    `${third.surname} warned that delays would cost ${place} dearly. ${cap(topic2)} was not discussed on ${day}, officials said.`,
  ];
  if (rnd() < 0.5) paragraphs.push(`Analysts expect the debate to continue for several weeks. The ${org} declined to comment further.`);
  const title = `${lead.surname} ${HEADLINE_VERBS[cue.kind] ?? 'speaks out'} over ${topic.replace(/^the /, '')}`;
  const id = `synth-${seed}-${index}`;
  return {
    id,
    url: `https://news.example/${slug(outlet)}/${published.slice(0, 4)}/${slug(title)}-${index}`,
    title: cap(title),
    text: paragraphs.join('\n\n'),
    publishedAt: published,
    source: outlet,
  };
}

const HEADLINE_VERBS: Partial<Record<string, string>> = {
  WARNING: 'warns', ACCUSATION: 'hits out', DENIAL: 'denies claims', CRITICISM: 'criticises rival', PRAISE: 'backs rival',
  CONFIRMATION: 'confirms plans', PROMISE: 'makes pledge', DEMAND: 'demands rethink', REJECTION: 'rejects proposal',
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
