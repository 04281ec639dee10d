// Speakers on the phrasings the twenty-sixth batch of speaker keys showed (a wire exclusive, a
// council vote, a printed interview): a postposed cue whose addressee closes the aside ("…,
// three people told Reuters, as …"), a wire dateline with a filing date, and unnamed sources
// counted by the article ("three people familiar with …"). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('a postposed cue with its addressee before a comma', () => {
  it('takes the content before the aside, and the clause after it as the corpus does', () => {
    expect(who('Harbour board Osterlin is weighing a sale of its ferry arm, two people close to the talks told Reuters, as it tries to cut debt.'))
      .toEqual(['people close to the talks | told | Harbour board Osterlin is weighing a sale of its ferry arm … as it tries to cut debt']);
  });

  it('leaves a participle after the addressee to its own report', () => {
    expect(who('The ferry deal is off, a board spokesman told the Courier, adding that talks had collapsed.'))
      .toEqual(['board spokesman | told | The ferry deal is off', 'board spokesman | adding | that talks had collapsed']);
  });
});

describe('wire datelines', () => {
  it('keeps a dated dateline out of the content', () => {
    expect(who('Title\n\nOSLO, March 3 (Reuters) - Osterlin is weighing a sale of its ferry arm, people close to the talks said.'))
      .toEqual(['people close to the talks | said | Osterlin is weighing a sale of its ferry arm']);
  });

  it('finds a described speaker set off after a dateline', () => {
    expect(who('Title\n\nTROMSO: The harbour master, Ola Brekke, said the port would reopen on Monday.'))
      .toEqual(['Ola Brekke | said | the port would reopen on Monday']);
  });
});

describe('unnamed sources counted by the article', () => {
  it('are one actor, however many the article counts', () => {
    const text = 'Osterlin is weighing a sale, three people familiar with the matter said. The talks are at an early stage, people familiar with the matter said.';
    expect(said(text).map((s) => s.speaker)).toEqual(['people familiar with the matter', 'people familiar with the matter']);
  });
});

describe('a cue word used as a noun inside a speaker phrase', () => {
  it('lets "the talks" and "its claims" close a speaker phrase', () => {
    expect(who('The ferry arm will be sold, people close to the talks said.')).toEqual(['people close to the talks | said | The ferry arm will be sold']);
  });

  it('still stops a phrase at a cue verb', () => {
    expect(who('Ola Brekke warns the port will close.')).toEqual(['Ola Brekke | warns | the port will close']);
  });
});
