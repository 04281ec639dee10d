// Speaker resolution: titles resolve to the person holding that role, "X and his deputy Y"
// are two speakers, negated reports are no statements; and the speaker answer keys score.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';
import { speakersReport } from '../../../src/cli/commands/eval.js';

const speakersOfCue = (text: string, cue: string): (string | null)[] => said(text).filter((s) => s.cue === cue).map((s) => s.speaker);

describe('speaker resolution', () => {
  it('resolves "the chancellor" to the person named with that title', () => {
    const text = 'Chancellor Ruth Amble visited a factory in Hull.\n\nLater the chancellor said taxes would not rise.';
    expect(speakersOfCue(text, 'said')).toEqual(['Ruth Amble']);
  });

  it('keeps "the shadow chancellor" apart from the chancellor', () => {
    const text = 'Chancellor Ruth Amble visited a factory in Hull.\n\nThe shadow chancellor said the visit was a stunt.';
    expect(speakersOfCue(text, 'said')).not.toContain('Ruth Amble');
  });

  it('splits "Mr Lark and his deputy Jo Penn" into two speakers', () => {
    const text = 'Mr Lark and his deputy Jo Penn agreed that the depot should close.';
    expect(speakersOfCue(text, 'agreed').sort()).toEqual(['Jo Penn', 'Lark']);
  });

  it('makes no statement of "Neither X nor Y would say"', () => {
    const text = 'Neither Mr Lark nor his deputy Jo Penn would say when the depot would close.';
    expect(said(text)).toEqual([]);
  });

  it('gives "he" to the speaker of the previous report, not the last name mentioned', () => {
    const text = 'Minister Tom Aske said rents had fallen after touring an estate run by Dr Joan Pike. He added that more homes would follow.';
    expect(speakersOfCue(text, 'added')).toEqual(['Tom Aske']);
  });

  it('gives "she" to the subject of the previous sentence when it made no report', () => {
    const text = 'Mayor Vera Lind said the depot would stay.\n\nTrader Ola Brandt was not persuaded. She said the market would suffer.';
    expect(speakersOfCue(text, 'said')).toEqual(['Vera Lind', 'Ola Brandt']);
  });

  it('skips a salient person whose honorific tells another gender', () => {
    const text = 'Mr Aske said the vote would wait, but Mrs Pike was unmoved. She said a delay was unfair.';
    expect(speakersOfCue(text, 'said')).toEqual(['Aske', 'Pike']);
  });

  it('credits a first-person "I" outside any report to nobody, not to a name it mentions', () => {
    expect(said('I think Colin Reed should try the buses himself.')).toEqual([]);
  });

  it('gives "I" inside another report\'s content to that report\'s speaker', () => {
    const text = 'Jo Kim wrote to Ian Foss that I believe the plan will work.';
    expect(speakersOfCue(text, 'believe')).toEqual(['Jo Kim']);
  });

  it('makes no statement of a cue in a comparison or condition', () => {
    expect(said('Sales reached 40,000, far more than Ms Roe predicted in her spring forecast.')).toEqual([]);
    expect(said('Nobody will move before the council says so.').filter((s) => s.cue === 'says')).toEqual([]);
  });

  it('makes no demand of "calling on" a thing of the speaker\'s own, and keeps one on its members', () => {
    expect(said('Search firm Oxby is calling on its street atlas to guide walkers.')).toEqual([]);
    expect(said('The Rail Union is calling on its members to stay at home.').map((s) => s.kind)).toEqual(['DEMAND']);
  });

  it('makes no statement of an infinitive cue inside another report\'s content', () => {
    expect(said('The Rail Union urged its members to reject the new rota.').map((s) => s.cue)).toEqual(['urged']);
  });

  it('gives "he" to an appositive subject of the previous sentence ("Her colleague, Sen. Ray Cobb, disagreed")', () => {
    const text = 'Sen. Dee Hart said the bill was ready.\n\nHer colleague, Sen. Ray Cobb, disagreed. He said the bill was rushed.';
    expect(speakersOfCue(text, 'said')).toEqual(['Dee Hart', 'Ray Cobb']);
  });

  it('continues a report closing its paragraph with the quoted paragraphs after it', () => {
    const text = 'Mayor Ana Roth said the bridge would open in May.\n\n"It has taken nine years.\n\n"Nobody will miss the ferry."\n\nThe ferry company said it would close.';
    const roth = said(text).filter((s) => s.speaker === 'Ana Roth');
    expect(roth).toHaveLength(1);
    expect(roth[0].content).toContain('Nobody will miss the ferry');
  });

  it('takes "industry minister Claude Ney" after an opening adjunct as the speaker', () => {
    expect(speakersOfCue('At a briefing in Lyon on Monday, industry minister Claude Ney said the plant would reopen.', 'said')).toEqual(['Claude Ney']);
  });

  it('keeps "Name, who leads X, said" as the speaker before a content whose verb is unknown', () => {
    expect(speakersOfCue("Ada Venn, who leads the teachers' union, said the figures hid the real losses.", 'said')).toEqual(['Ada Venn']);
  });

  it('splits "the Rail Delivery Group and the union Aslef" into two speakers', () => {
    const text = 'Both the Rail Delivery Group and the union Aslef said they had not been consulted.';
    expect(speakersOfCue(text, 'said').sort()).toEqual(['Aslef', 'Rail Delivery Group']);
  });

  it('credits "According to the contractor, Nordbyg, …" to the name the description is tied to', () => {
    const [st] = said('According to the contractor, Nordbyg, the extra cost will not exceed 40 million kroner.');
    expect(st.speaker).toBe('Nordbyg');
    expect(st.content).toMatch(/^the extra cost/);
  });
});

describe('the company, the negation', () => {
  it('gives "the company" to the company the story is about, not an unnamed spokeswoman for it or the broker just named', () => {
    const text = 'Kestrel Foods lowered its forecast on Thursday.\n\nA spokeswoman for the company said no jobs were at risk. Shares in Kestrel Foods fell. Jane Whitlock, an analyst at Barrow Securities, said the cut had been expected.\n\nThe company said it would review its suppliers.';
    expect(speakersOfCue(text, 'said')).toEqual(['spokeswoman for the company', 'Jane Whitlock', 'Kestrel Foods']);
  });

  it('does not give "the union" to the company the story is about', () => {
    const text = 'Acme Corp will cut 200 jobs at its Leeds plant, the union said on Monday. Acme Corp said demand had fallen.';
    expect(speakersOfCue(text, 'said')[0]).not.toBe('Acme Corp');
  });

  it('keeps "not" in the content of "warned the jury not to …"', () => {
    expect(said('Judge Helen Stroud warned the jury not to read reports of the case online.')[0].content).toBe('not to read reports of the case online');
  });
});

describe('contents that leave out what is not said', () => {
  it('ends the addressee of "told the BBC" where the reported clause begins', () => {
    const [st] = said('Ms Marsh told the BBC the money would pay for new signalling.');
    expect(st.content).toBe('the money would pay for new signalling');
  });

  it('ends the addressee of "told reporters" before "the"', () => {
    expect(said('Ida Moss told reporters the vote would slip.')[0].content).toBe('the vote would slip');
  });

  it('keeps "asked him a question" out of the statements (a pronoun is no audience)', () => {
    expect(said('Ida Moss asked him a question.').map((s) => s.content)).not.toContain('a question');
  });

  it.each([
    ['HALDEN, Norland (AP) — The harbour will close for a year, the port authority said Wednesday.', 'The harbour will close for a year'],
    ['WASHINGTON (Reuters) - The deal is off, officials said.', 'The deal is off'],
    ['LONDON — Fares will rise by 4%, the minister said.', 'Fares will rise by 4%'],
  ])('leaves the wire dateline out of a content opening the sentence: %s', (text, content) => {
    expect(said(`Harbour news\n\n${text}`).map((s) => s.content)).toContain(content);
  });

  it('keeps a capitalised subject that is no dateline', () => {
    expect(said('Harbour news\n\nNATO troops will stay until May, the minister said.').map((s) => s.content)).toContain('NATO troops will stay until May');
  });
});

describe('content after a time adverbial', () => {
  const contentOf = (text: string): string[] => said(text).map((s) => s.content);
  it.each([
    ['Sen. Ida Moss said Tuesday that the vote would slip.', 'that the vote would slip'],
    ['Gov. Ida Moss said on Monday the state would pay.', 'the state would pay'],
    ['Ida Moss said last week she would sign the bill.', 'she would sign the bill'],
  ])('%s', (text, content) => {
    expect(contentOf(text)).toEqual([content]);
  });

  it('keeps a day that is the subject of the content', () => {
    expect(contentOf('Ida Moss said Monday would suit everyone.')[0]).toMatch(/^Monday/);
  });
});

describe('eval speakers on tests/fixtures/speaker-keys', () => {
  it('reaches the figures measured when the keys were written', () => {
    const { total, unfiltered } = speakersReport('tests/fixtures/speaker-keys');
    expect(total.keys).toBe(10847);
    // Before the statement filter: 0.936 since batch 35 joined with its known failures; batches 36 to 64 joined as in
    // tests/fixtures/speaker-keys-heldout/README.md, 66 to 68 as first scored (1,894 / 0.901, 0.956 with their rules).
    // Stop 33: the 85 articles of the held-out batches 7 to 75 joined (1,186 output 0.744, 1,072 keys 0.823 on 41a1c02);
    // with the rules written from them, 279 articles: 3,075 output 0.851, 2,859 keys 0.917. Batches 84 to 91 (32 articles)
    // joined as first scored on 56630f2 (531 / 0.765, 471 keys 0.862; with its filter 458 / 0.860, 0.837): 311 articles,
    // 3,606 output 0.839, 3,330 keys 0.909. Stop 34: the held-out batches 76 to 83 joined as last scored on f45734c
    // (593 / 0.710, 515 keys 0.817), with rules written from them: 343 articles, 4,209 output 0.825, 3,845 keys 0.904.
    // Batches 100 to 107 joined as first scored on 373d76d (571 / 0.771, 524 keys 0.840; with its filter 477 / 0.895,
    // 0.815): 375 articles, 4,763 output 0.826, 4,369 keys 0.902. Stop 35: the held-out batches 92 to 99 joined as scored
    // on 5229d7b (498 / 0.707, 457 keys 0.770), batches 116 to 123 as first scored on 7b19ded (536 / 0.767, 481 keys
    // 0.854; with its filter 459 / 0.874, 0.834), with rules written from both: 439 articles, 5,797 output 0.826, 5,307
    // keys 0.903. Stop 36: the held-out batches 108 to 115 joined as scored on 078f165 (527 / 0.746, 477 keys 0.824), with
    // rules written from them: 471 articles, 6,319 output 0.824, 5,784 keys 0.901. Then the held-out batches 124 to 131
    // joined as scored on afc55a4 (620 / 0.716, 555 keys 0.798), thirteen keys corrected to the conventions, with rules
    // written from them: 503 articles, 6,935 output 0.818, 6,339 keys 0.895. Then the held-out batches 132 to 139 joined as
    // scored on fc15e62 (641 / 0.743, 575 keys 0.828), eleven unnamed-source keys of 124 to 139 corrected to keep their
    // place phrase, with rules: 535 articles, 7,576 output 0.813, 6,914 keys 0.892. Then the held-out batches 140 to 147
    // joined as scored on 6e9857f (644 / 0.762, 585 keys 0.839), with rules: 567 articles, 8,220 output 0.810, 7,499 keys
    // 0.888. Stop 37: the held-out batches 148 to 155 joined as scored on dd6afa0 (641 / 0.786, 577 keys 0.873), with
    // rules: 599 articles, 8,857 output 0.811, 8,076 keys 0.889. Then the held-out batches 156 to 163 joined as scored on
    // cc58e09 (631 / 0.729, 571 keys 0.806), with rules: 631 articles, 9,487 output 0.808, 8,647 keys 0.887. Then the
    // held-out batches 164 to 171 joined as scored on 36a3704 (593 / 0.791, 545 keys 0.861), with rules: 663 articles,
    // 10,079 output 0.808, 9,192 keys 0.887. Then the held-out batches 172 to 179 joined as scored on 5431df3 (610 / 0.784,
    // 556 keys 0.860), with rules: 695 articles, 10,687 output 0.809, 9,748 keys 0.887. Then the held-out batches 180 to
    // 187 joined as scored on a4889c8 (613 / 0.737, 550 keys 0.822), with rules: 727 articles, 11,300 output 0.806, 10,298
    // keys 0.884. Then the held-out batches 188 to 195 joined as scored on c5ac017 (607 / 0.783, 549 keys 0.865), with
    // rules: 759 articles, 11,907 output 0.805, 10,847 keys 0.884.
    expect(unfiltered.outputRight / unfiltered.output).toBeGreaterThanOrEqual(0.8);
    expect(unfiltered.keysFound / unfiltered.keys).toBeGreaterThanOrEqual(0.88);
    // With the statement filter (trained on these articles as older code first extracted them): 10,460 output 0.903, keys 0.871.
    expect(total.outputRight / total.output).toBeGreaterThanOrEqual(0.9);
    expect(total.keysFound / total.keys).toBeGreaterThanOrEqual(0.865);
  });

  it('scores the held-out keys no rule was written from at least as well as when they were written', () => {
    // tests/fixtures/speaker-keys-heldout/README.md: batch 199, written in stop 37 by a helper who saw neither code nor
    // output, scored once on the stop's final rules and models (c2170b7): before the statement filter 83 output 0.711,
    // 75 keys 0.787; with it 74 output 0.770, keys 0.760.
    const { total, unfiltered } = speakersReport('tests/fixtures/speaker-keys-heldout');
    expect(total.keys).toBe(75);
    expect(unfiltered.outputRight / unfiltered.output).toBeGreaterThanOrEqual(0.71);
    expect(unfiltered.keysFound / unfiltered.keys).toBeGreaterThanOrEqual(0.78);
    expect(total.outputRight / total.output).toBeGreaterThanOrEqual(0.77);
    expect(total.keysFound / total.keys).toBeGreaterThanOrEqual(0.76);
  });
});
