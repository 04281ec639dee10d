// Speaker resolution and report detection on the phrasings the ninth batch of speaker keys
// showed (a hearing, a live blog, a US metro story): questions put "by" someone, unanswered
// calls, whose spokesman an unnamed one is, live-blog time stamps, deals agreed "on", plans
// inside another report, and a leader named first by the body they lead. Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';
import { buildDocument } from '../../../src/extract/document.js';

const bySpeaker = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('a question put "by" someone, opening the sentence', () => {
  it('credits "Pressed by Senator X, an appositive, on whether …," to the senator, and the main clause to its subject', () => {
    const text = 'Pressed by Senator Ada Moss, a Democrat from Iowa, on whether the bank had misled savers, Mr Quint conceded that the leaflets were unclear.';
    const out = said(text);
    expect(out.map((s) => [s.speaker, s.cue, s.content])).toEqual([
      ['Ada Moss', 'Pressed', 'whether the bank had misled savers'],
      ['Quint', 'conceded', 'that the leaflets were unclear'],
    ]);
  });

  it('credits "Asked by reporters about …," to the reporters, not to the main clause\'s speaker', () => {
    const out = said('Asked by reporters about the delay, the minister said the report was nearly finished.');
    expect(out.find((s) => s.cue === 'Asked')?.content).toBe('about the delay');
    expect(out.find((s) => s.cue === 'said')?.content).toBe('the report was nearly finished');
  });

  it('leaves a participle with no question after its agent alone', () => {
    expect(said('Backed by the unions, the mayor said the plan would go ahead.').map((s) => s.cue)).toEqual(['said']);
  });
});

describe('unanswered calls', () => {
  it('makes "did not return calls seeking comment" a REFUSAL of the unnamed spokesman', () => {
    const out = said("A spokesman for Brightmoor Clinic did not return calls seeking comment.");
    expect(out.map((s) => [s.speaker, s.kind, s.content])).toEqual([["spokesman for Brightmoor Clinic", 'REFUSAL', 'calls seeking comment']]);
  });

  it('reads "returned" as no report otherwise', () => {
    expect(said('The team returned home on Sunday after the final.')).toEqual([]);
    expect(said('Ms Hale returned the calls on Monday and said the order was safe.').map((s) => s.cue)).toEqual(['said']);
  });
});

describe('live blogs', () => {
  it('keeps a clock time one token, so a time stamp is no colon cue and no part of the speaker', () => {
    const doc = buildDocument('11:20 The mayor says the roads will reopen at 14:30 today.');
    expect(doc.tokens.slice(0, 2).map((t) => t.text)).toEqual(['11:20', 'The']);
    expect(doc.tokens.map((t) => t.text)).toContain('14:30');
    expect(bySpeaker('11:20 The prime minister\'s official spokesman says ministers will meet this afternoon.'))
      .toEqual(["prime minister's official spokesman | says | ministers will meet this afternoon"]);
  });
});

describe('reports that report nothing said', () => {
  it('does not read "agreed on terms" as a report', () => {
    expect(bySpeaker('The Courier said the two boards had agreed on terms in May.')).toEqual(['Courier | said | the two boards had agreed on terms in May']);
  });

  it('drops a report planned inside another report ("wrote that she would ask …"), and keeps one made ("had denied")', () => {
    expect(said('Rep. Nora Vance wrote in a post that she would ask the state to review the deal.').map((s) => s.cue)).toEqual(['wrote in']);
    expect(said('Mr Pell said the mayor would deny the report.').map((s) => s.cue)).toEqual(['said']);
    expect(said('Mr Pell said the mayor had denied the report.').map((s) => s.cue)).toEqual(['said', 'had denied']);
  });
});

describe('a leader named first by the body they lead', () => {
  it('gives "The head of Corlane Rail told …" to the one person the article makes its chief executive', () => {
    const text = 'The head of Corlane Rail told MPs on Tuesday that the company had let passengers down.\n\n"We got this wrong," Chief Executive Mira Tallis told the committee.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Mira Tallis', 'Mira Tallis']);
  });

  it('keeps an unnamed head when two people lead the body', () => {
    const text = 'The head of Corlane Rail said the company had let passengers down. Chief Executive Mira Tallis of Corlane Rail and Chairman Olu Grant of Corlane Rail met MPs.';
    expect(said(text)[0].speaker).toBe('head of Corlane Rail');
  });
});
