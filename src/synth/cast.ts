// The cast of a synthetic corpus: people, organisations and countries picked by index, so a
// seed and a corpus size always give the same actors. Popular actors recur across articles.

import { COUNTRIES, FIRST_NAMES, OFFICES, ORG_HEADS, ORG_KINDS, ORG_TOPICS, SURNAME_HEADS, SURNAME_TAILS } from './vocab.js';

export interface Person { first: string; surname: string; office: string; /** Country or organisation the office is held for. */ of: string }

const pickOf = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length];

/** The i-th organisation: "Federal Transport Union", distinct for i below 3,200. */
export function organisation(i: number): string {
  const h = ORG_HEADS.length;
  const t = ORG_TOPICS.length;
  return `${pickOf(ORG_HEADS, i)} ${pickOf(ORG_TOPICS, Math.floor(i / h))} ${pickOf(ORG_KINDS, Math.floor(i / (h * t)))}`;
}

/** The i-th country (30 of them). */
export const country = (i: number): string => pickOf(COUNTRIES, i);

/** The i-th person: distinct full names for i below 50,250; office and affiliation follow the index. */
export function person(i: number): Person {
  const f = FIRST_NAMES.length;
  const s = Math.floor(i / f);
  const surname = `${pickOf(SURNAME_HEADS, s)}${pickOf(SURNAME_TAILS, Math.floor(s / SURNAME_HEADS.length) + s)}`;
  const office = pickOf(OFFICES, i * 7 + 3);
  return {
    first: pickOf(FIRST_NAMES, i + s),
    surname,
    office: office.title,
    of: office.of === 'country' ? country(i * 13 + 5) : `the ${organisation(i * 31 + 11)}`,
  };
}

/** Sizes of the pools a corpus of `articles` draws on: the cast grows with the corpus. */
export function castSize(articles: number): { people: number; organisations: number } {
  return { people: Math.max(200, Math.round(articles * 0.5)), organisations: Math.max(40, Math.round(articles * 0.03)) };
}

/** A skewed pick in [0, n): low indexes (the well-known actors) come up far more often. */
export const popular = (rnd: () => number, n: number): number => Math.min(n - 1, Math.floor(n * rnd() ** 3));
