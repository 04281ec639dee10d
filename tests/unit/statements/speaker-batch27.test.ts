// Speakers on the phrasings the twenty-seventh batch of speaker keys showed (a fact check, a
// Sunday politics show, a list of reactions, a reader's letter): a headline's "<body> chief" is
// the person the body gives that body's title; a restrictive "who" after a plural name stands for
// it; "pushed back against" is a rejection; a dash credit on the quotation's own line; a campaign
// named by its aim; "Letter:" heads no statement. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.kind}`);

describe('a headline\'s "<body> chief"', () => {
  it('is the person whose title opens with the body, so the headline repeats their statement', () => {
    const text = 'Energy chief says bills will fall\n\nEnergy Secretary Maria Lowe said on Monday that bills would fall by a tenth.';
    expect(who(text)).toEqual(['Maria Lowe | said | CLAIM']);
  });

  it('stays unnamed when no one in the body holds such a title', () => {
    const text = 'Energy chief says bills will fall\n\nBills will fall by a tenth, officials said.';
    expect(said(text).map((s) => s.speaker)).toContain('Energy chief');
  });
});

describe('a restrictive "who" after a plural name', () => {
  it('stands for that name, not for the person named before it', () => {
    expect(who('Maria Lowe rejected the plan, pushing back against Republicans who have called for a price cap.'))
      .toEqual(['Maria Lowe | rejected | REJECTION', 'Maria Lowe | pushing back against | REJECTION', 'Republicans | have called for | DEMAND']);
  });
});

describe('"pushed back"', () => {
  it('is a rejection, where "pushed for" is a demand', () => {
    expect(who('The union pushed back on the rota. The mayor pushed for a vote.')).toEqual(['union | pushed back on | REJECTION', 'mayor | pushed for | DEMAND']);
  });
});

describe('a dash credit after the quotation on the same line', () => {
  it('credits the quotation, taking the name set off after a description', () => {
    const text = [
      'Reactions to the ferry deal',
      '"This is a good day for the islands." — Harbour master Ola Brekke, who led the talks',
      '"We could not sign it." — the fishermen\'s spokesman, Tor Lunde, whose boats stay in port',
    ].join('\n\n');
    expect(said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`)).toEqual([
      'Ola Brekke | — | "This is a good day for the islands."',
      'Tor Lunde | — | "We could not sign it."',
    ]);
  });
});

describe('names and labels', () => {
  it('reads a campaign named by its aim as an organisation', () => {
    const x = run('Campaigners from Save Hollin Wood have warned that the road will cut through the wood.');
    expect(x.actors.find((a) => a.name === 'Save Hollin Wood')?.type).toBe('ORGANIZATION');
    expect(said('Campaigners from Save Hollin Wood have warned that the road will cut through the wood.').map((s) => s.speaker)).toEqual(['Campaigners from Save Hollin Wood']);
  });

  it('makes no statement of a "Letter:" heading', () => {
    expect(said('Letter: The bypass will not fix our traffic\n\nI have lived on Mill Road for thirty years.')).toEqual([]);
  });
});
