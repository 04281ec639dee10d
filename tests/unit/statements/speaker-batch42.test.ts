// Speakers and contents on the phrasings the forty-second batch of speaker keys showed (Australian
// federal politics, a space mission, a school board, a festival cancelled). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

describe('a quoted phrase closing an indirect clause', () => {
  it('keeps the clause whose conditional aside has a cue word ("The finding, if confirmed, would make …")', () => {
    expect(said('The finding, if confirmed, would make the region “one of the most accessible water sources”, the agency said.').map((s) => s.content))
      .toEqual(['The finding, if confirmed, would make the region “one of the most accessible water sources”']);
  });
});

describe('"according to" and what it holds', () => {
  it('keeps the source of a finding it reports ("71% of teachers backed …, according to Hull")', () => {
    expect(said('Denise Hull spoke first. Seventy-one percent of teachers backed the change in an internal poll, according to Hull.').map((s) => `${s.speaker} | ${s.cue}`))
      .toContain('Denise Hull | according to');
  });

  it('still relays words said ("X told officers …, according to a criminal complaint")', () => {
    expect(said('Derek Alston told officers he had lit a fire, according to a criminal complaint.').map((s) => `${s.speaker} | ${s.cue} | ${s.reportedBy}`))
      .toEqual(['Derek Alston | told | criminal complaint']);
  });
});

describe('Brussels', () => {
  it('is the EU as a speaker in a story about the EU, and Belgium otherwise', () => {
    expect(said('Brussels defends packaging delay\n\nThe European Commission defended its decision on Monday.').map((s) => s.speaker)).toContain('European Union');
    expect(said('Brussels said the Belgian budget was on track.').map((s) => s.speaker)).toEqual(['Belgium']);
  });
});
