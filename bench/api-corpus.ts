// A seeded corpus of short, news-like articles for the API benchmark: invented people of
// invented countries accusing, warning, praising and denying one another, in sentences written
// for whosaid (no outlet's text), so the extractor yields statements with speakers and targets.

import { seededRandom } from '../src/graph/random.js';

export interface BenchArticle { id: string; title: string; text: string; publishedAt: string; source: string }

const PEOPLE = [
  ['Maria Ostrova', 'the foreign minister of Valdoria'], ['Henrik Sandvall', 'the prime minister of Norland'],
  ['Amina Celik', 'the finance minister of Tarsia'], ['Pavel Rudnik', 'a spokesman for the Valdorian army'],
  ['Grace Okafor', 'the head of the Coastal Union'], ['Luis Bernal', 'the mayor of Port Sella'],
  ['Yuki Tanabe', 'the trade envoy of Kirenia'], ['Oskar Lind', 'the opposition leader in Norland'],
  ['Fatima Haddad', 'the president of Tarsia'], ['Igor Malenko', 'the defence minister of Valdoria'],
  ['Chen Wei', 'the governor of the central bank of Kirenia'], ['Sophie Marchand', 'a senator of the Coastal Union'],
];
const SOURCES = ['Daily Ledger', 'Evening Courier', 'Harbour Times', 'Metro Wire'];
const TOPICS = ['the grain agreement', 'the border talks', 'the new tariffs', 'the river dam', 'the fishing quota', 'the energy pact'];

type Person = (typeof PEOPLE)[number];
const last = (p: Person): string => p[0].split(' ').slice(-1)[0];

const SENTENCES: ((a: Person, b: Person, topic: string) => string)[] = [
  (a, b, t) => `${a[0]}, ${a[1]}, accused ${b[0]} of blocking ${t} for months.`,
  (a, b, t) => `"We will not sign ${t} under pressure," ${last(a)} said on Monday.`,
  (a, b) => `${last(a)} warned ${b[0]} that any delay would carry a heavy cost.`,
  (a, b, t) => `${last(b)} denied the claim and said ${t} was still on the table.`,
  (a, b) => `${a[0]} praised ${b[0]} for keeping the talks alive.`,
  (a, b, t) => `${last(a)} criticised ${last(b)} over the handling of ${t}.`,
  (a, _b, t) => `${last(a)} promised that ${t} would be published in full next week.`,
  (a, b) => `"This is a reckless gamble," ${last(a)} told reporters, referring to ${last(b)}.`,
];

/** `n` articles, the same for the same seed. */
export function benchArticles(n: number, seed = 7): BenchArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    const topic = pick(TOPICS);
    const body = Array.from({ length: 6 }, () => pick(SENTENCES)(random() < 0.5 ? a : b, random() < 0.5 ? b : a, topic))
      .filter((s, j, all) => all.indexOf(s) === j);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    return {
      id: `bench-${i}`, title: `${last(a)} and ${last(b)} clash over ${topic}`, source: pick(SOURCES),
      publishedAt: `2024-${month}-${day}`, text: `${a[0]} and ${b[0]} clash over ${topic}\n\n${body.join(' ')}`,
    };
  });
}
