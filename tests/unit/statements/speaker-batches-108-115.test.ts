// Speakers on the phrasings of batches 108 to 115, held out in stop 35 and joined to the
// statement filter's rows in stop 36 (an RNZ tribunal hearing, a Scottish council row, a sheriff's
// briefing, a live blog, a Vietnamese factory fire, a Swiss regulator, a translated Brazilian
// wire, a House hearing). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);
const what = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);
const actors = (text: string): string[] => run(text).actors.map((a) => `${a.type} ${a.name}`);

describe('names, titles and bodies', () => {
  it('reads the Māori honorifics Tā, Kuia and Whaea as titles', () => {
    const text = 'Claim\n\nIwi elder Tā Rangi Pōtae has told the tribunal the hills were never sold.\n\nTā Rangi said the survey was wrong.\n\n'
      + 'Kuia Whaea Aroha Tipene, 81, told the hearing her family was moved in 1931.';
    expect(who(text)).toEqual(['Rangi Pōtae | has told', 'Rangi Pōtae | said', 'Aroha Tipene | told']);
  });

  it('keeps a party and ward in brackets after a name out of the speakers ("(SNP, Dunmore and Kells)")', () => {
    expect(who('Wind farm\n\nConvener Cllr Morag Baird (SNP, Dunmore and Kells) told the meeting the targets could not be ignored.'))
      .toEqual(['Morag Baird | told']);
  });

  it('keeps "Co., Ltd." inside a company name', () => {
    const text = 'Fire\n\nThe blaze began at a plant owned by Minh Long Textile Co., Ltd. on Tuesday.\n\n'
      + 'Minh Long Textile Co., Ltd. said in a statement that the plant had passed an inspection.';
    expect(who(text)).toEqual(['Minh Long Textile Co., Ltd. | said in a statement']);
  });

  it('joins a short form made of letters of the name to it, though it does not open with the first initial', () => {
    const text = 'Fine\n\nThe Nordic Energy Market Oversight Board (EMOB) fined a trader on Monday.\n\nIn a statement, EMOB said the trader had hidden losses.';
    expect(who(text)).toEqual(['Nordic Energy Market Oversight Board | said']);
    expect(actors(text)).not.toContain('ORGANIZATION EMOB');
  });

  it('keeps an "of" inside a body\'s name before a lower-case head: "A Department of Transport official" is unnamed', () => {
    expect(who('Bridge\n\nA Department of Transport official, speaking on condition of anonymity, said four more bridges were being checked.'))
      .toEqual(['Department of Transport official | said']);
    expect(who('Health\n\nThe head of the Department of Health said no beds were free.')).toEqual(['head of the Department of Health | said']);
  });

  it('leaves how the reporter reached an unnamed source out of its name', () => {
    expect(who('Fire\n\nA plant supervisor, reached by phone, declined to comment on the claims.')).toEqual(['plant supervisor | declined']);
    expect(who('Fire\n\nA spokesman, when contacted on Monday, said the firm had no comment.')).toEqual(['spokesman | said']);
  });

  it('credits "according to data released this Thursday (4) by <body>" to the body', () => {
    expect(who('Clearing\n\nForest alerts doubled in July, according to data released this Thursday (4) by the Amazon Forest Watch Network.'))
      .toEqual(['Amazon Forest Watch Network | according to']);
  });
});

describe('labels and offices', () => {
  it('keeps a title after "of the" inside a body\'s name ("the Office of the Provost")', () => {
    expect(who('Fees\n\nFees will rise by 4%, according to the Office of the Provost.')).toEqual(['Office of the Provost | according to']);
  });

  it('reads a contact line ("Tel: …", "Email: …") as no statement', () => {
    expect(who('Release\n\nThe firm said sales rose.\n\nTel: +44 (0)1632 960412\n\nEmail: press@example.com')).toEqual(['firm | said']);
  });
});

describe('people named with a body', () => {
  it('reads MEC as a title, also as "the MEC"', () => {
    expect(who('Water\n\nWestern Cape housing MEC Sipho Dlamini said tankers would arrive. The MEC warned that the council could be dissolved.'))
      .toEqual(['Sipho Dlamini | said', 'Sipho Dlamini | warned']);
  });

  it('keeps a body\'s name with "of" whole before a lower-case head in an unnamed source', () => {
    expect(who('Budget\n\nA Department of Rural Affairs spokeswoman said it did not comment on speculation.')).toEqual(['Department of Rural Affairs spokeswoman | said']);
  });

  it('types unknown words before a lower-case title and a name as the body the title is held for', () => {
    const text = 'Deal\n\nPorto Brava president Duarte Maciel has been on the radio. "He is not for sale," he told Rádio Sul.';
    expect(who(text)).toEqual(['Duarte Maciel | told']);
    expect(actors(text)).toContain('ORGANIZATION Porto Brava');
  });

  it('keeps a person tagged inside a body\'s name ("Odile Marchand of the University of Lisle")', () => {
    expect(who('Vote\n\nPolitical scientist Odile Marchand of the University of Lisle said the party had gained among young voters.'))
      .toEqual(['Odile Marchand | said']);
  });

  it('splits "Director of Services for Planning Michael Forde" into the body and the person', () => {
    const text = 'Plans\n\nDirector of Services for Housing Michael Dunne told the meeting that the application was being assessed.';
    expect(who(text)).toEqual(['Michael Dunne | told']);
  });
});

describe('content', () => {
  it('ends the addressee before a contracted subject pronoun or "more than" a number', () => {
    expect(what('Theft\n\nOwen Price told deputies he\'d left the van unlocked overnight.')).toEqual(['Owen Price | told | he\'d left the van unlocked overnight']);
    expect(what('Fire\n\nA volunteer told the ABC more than 300 people had come to the hall.'))
      .toEqual(['volunteer | told | more than 300 people had come to the hall']);
  });

  it('joins "in a joint statement" to the cue when a clause follows it', () => {
    expect(what('Row\n\nIrena Vos said in a joint statement the deal was an embarrassment.')).toEqual(['Irena Vos | said in a joint statement | the deal was an embarrassment']);
    expect(what('Row\n\nIrena Vos said in a brief interview on Monday the plan would fail.')).toEqual(['Irena Vos | said in a brief interview | the plan would fail']);
  });

  it('skips where a statement came from before its "that" ("said in a statement from the capital, Dravo, that")', () => {
    expect(what('Talks\n\nThe Norland Foreign Ministry said in a statement from the capital, Osterby, that it would study the text.'))
      .toEqual(['Norland Foreign Ministry | said in a statement | that it would study the text']);
  });

  it('reads "about" before a number as the content\'s, not a topic after the cue', () => {
    expect(what('Power\n\nGridline Energy says about 6,000 homes are without power.')).toEqual(['Gridline Energy | says | about 6,000 homes are without power']);
  });
});
