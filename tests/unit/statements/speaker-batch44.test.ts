// Speakers on the phrasings the forty-fourth and forty-fifth batches of speaker keys showed (a
// port strike, a drug trial, a county cricket report, a township water crisis, a data leak told to
// a tech site, a mayoral debate, a glacier study, an Irish court report). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);
const actor = (text: string, name: string) => run(text).actors.find((a) => a.name === name || a.aliases.includes(name));

describe('names', () => {
  it('joins "the FDA" to "the Food and Drug Administration" named earlier without brackets', () => {
    const a = actor('Lab news\n\nThe firm will meet the Food and Drug Administration in May. The FDA declined to comment on its plans.', 'FDA');
    expect(a?.name).toBe('Food and Drug Administration');
  });

  it('drops a descriptor opening the sentence ("Broadcaster NOS reported")', () => {
    expect(who('Port news\n\nBroadcaster NOS reported on Monday that two operators were hiring staff.')).toEqual(['NOS | reported']);
  });

  it('gives a lone first name the family name of the full name it is joined to ("Kagiso and Tumelo Sebola")', () => {
    expect(who('Water crisis\n\nBrothers Kagiso and Tumelo Sebola, who run a car wash, said they had been forced to close.'))
      .toEqual(['Kagiso Sebola | said', 'Tumelo Sebola | said']);
  });

  it('leaves letters after a name out of it ("Fiona Dunleavy SC")', () => {
    expect(who('Court\n\nFiona Dunleavy SC told the court the board had erred.')).toEqual(['Fiona Dunleavy | told']);
  });

  it('reads "Chief Medical Officer Ajay Menon" as a title and a name, and "Ajay" as a man', () => {
    const text = 'Trial\n\nChief Medical Officer Ajay Menon told Reuters the placebo group had responded well. He denied that the design was flawed.';
    expect(who(text)).toEqual(['Ajay Menon | told', 'Ajay Menon | denied']);
  });

  it('keeps "Federal Office for the Environment" one name', () => {
    expect(who('Glaciers\n\nSwitzerland’s Federal Office for the Environment said in a statement that the findings were consistent.'))
      .toEqual(['Federal Office for the Environment | said in a statement']);
  });
});

describe('descriptions for someone named', () => {
  it('reads a lede\'s "a security researcher tells" as the researcher the next paragraph names', () => {
    const text = 'Airline left data exposed\n\nBy Sam Okafor\n\nAn airline left a database open for three weeks, a security researcher tells TechBeat.\n\nPriya Raman, an independent researcher, found the server in March.';
    expect(who(text)).toEqual(['Priya Raman | tells']);
  });

  it('resolves "the Boston-based drugmaker said" to the company', () => {
    expect(who('Drug news\n\nShares of Calverton Therapeutics fell after the Boston-based drugmaker said its treatment failed.')).toEqual(['Calverton Therapeutics | said']);
  });

  it('resolves "the union" to the body introduced as "the Havenbond union"', () => {
    const text = 'Strike\n\nThe Havenbond union said the strike would go on. Operators at Rotterdam Terminal Group were hiring staff from Belgium, a move the union has said it would treat as strikebreaking.';
    expect(who(text)).toEqual(['Havenbond | said', 'Havenbond | has said']);
  });

  it('reads "the skipper" as the captain and a bare "counsel" as the counsel named before', () => {
    expect(who('Match\n\nCaptain James Whitcombe praised the bowlers. The skipper admitted his side had been loose.')).toEqual(['James Whitcombe | praised', 'James Whitcombe | admitted']);
    expect(who('Court\n\nCounsel for the applicant, Fiona Dunleavy SC, told the court the board had erred. “She did everything asked of her,” counsel said.'))
      .toEqual(['Fiona Dunleavy | told', 'Fiona Dunleavy | said']);
  });

  it('reads "the businessman" as the one a logistics executive was called before', () => {
    const text = 'Debate\n\nTom Brandt, a 44-year-old logistics executive making his first run for office, kept calm. “I made a payroll,” the businessman shot back.';
    expect(who(text)).toEqual(['Tom Brandt | shot back']);
  });

  it('credits "a senior Whitfield campaign aide" to the unnamed aide, not to Whitfield', () => {
    expect(who('Debate\n\nA senior Whitfield campaign aide said the lead had held.')).toEqual(['senior Whitfield campaign aide | said']);
  });

  it('reads "the paper says" after "a study published in a journal" as that study, without its time phrase', () => {
    const text = 'Glaciers\n\nGlaciers lost a tenth of their ice, according to a study published on Wednesday in Nature Geoscience.\n\nSmaller glaciers are out of balance with the climate, the paper says.';
    expect(who(text)).toEqual(['study published in Nature Geoscience | according to', 'study published in Nature Geoscience | says']);
  });

  it('looks for "she" outside the quotation it follows ("“I messaged Declan Morrow …,” she says")', () => {
    const text = 'Leak\n\nPriya Raman found the server in March. The airline did not answer. Its staff were away. Nobody replied.\n\n"I ended up messaging Declan Morrow on LinkedIn," she says.';
    expect(who(text)).toEqual(['Priya Raman | says']);
  });
});

describe('what is no statement', () => {
  it('leaves out "stopped short of announcing" and "had not asked a single question"', () => {
    expect(who('Strike\n\nThe minister warned of the cost but stopped short of announcing any intervention.')).toEqual(['minister | warned of']);
    expect(who('Court\n\nFiona Dunleavy told the court the board had accepted the claim and had not asked a single question about it.')).toEqual(['Fiona Dunleavy | told']);
  });

  it('leaves out "to see them home", "who writes the newsletter" and "repeated episodes"', () => {
    expect(who('Match\n\nEllery and Pryce put on 84 to see them home.')).toEqual([]);
    expect(who('Leak\n\nPriya Raman, a researcher who writes the security newsletter Open Bucket, found the server.')).toEqual([]);
    expect(who('Glaciers\n\nHalvorsen said the melt was driven by a dry winter and repeated episodes of Saharan dust.')).toEqual(['Halvorsen | said']);
  });

  it('keeps a relative clause after the name that opens the content inside it', () => {
    const [s] = said('Club news\n\nDerbyshire said in a statement that Moss, who left the field with a strain, would have a scan today.');
    expect(s.content).toBe('that Moss, who left the field with a strain, would have a scan today');
  });

  it('reads "…, the researchers found." as the researchers\' finding', () => {
    expect(who('Glaciers\n\nThe two summers removed as much ice as the whole 1990s, the researchers found.')).toEqual(['researchers | found']);
  });
});
