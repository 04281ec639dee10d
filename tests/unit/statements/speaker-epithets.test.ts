// Speaker resolution on the phrasings the fourth batch of speaker keys showed (sports, health and
// police copy, translated agency copy): first-name gender, epithets, authors of studies, ranks,
// "according to him", "As X noted …, Y", negated answers and requests for anonymity. Every
// sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../../src/extract/actors/first-names.js';
import { anonymousName } from '../../../src/extract/actors/anonymous.js';
import { said } from './helpers.js';
import { buildDocument } from '../../../src/extract/document.js';
import { isPossessiveMark } from '../../../src/extract/statements/word-class.js';

const speakersOfCue = (text: string, cue: string): (string | null)[] => said(text).filter((s) => s.cue.includes(cue)).map((s) => s.speaker);

describe('first-name gender', () => {
  it('reads a common first name, and nothing from one on both lists or neither', () => {
    expect(firstNameGender('Lena Hartmann')).toBe('female');
    expect(firstNameGender('Peter Vogt')).toBe('male');
    expect(firstNameGender('Kim Park')).toBeNull();
    expect(firstNameGender('Oleg Barin')).toBeNull();
    expect(firstNameGender('')).toBeNull();
  });

  it('gives "she" to the woman named before, not the man named last', () => {
    const text = 'Mara Quill runs four cafés in Leeds. Tomas Berg, who chairs the traders, accuses her of undercutting him. The traders, she says, fear change.';
    expect(speakersOfCue(text, 'says')).toEqual(['Mara Quill']);
  });
});

describe('epithets', () => {
  it('gives "the 51-year-old" to the person who spoke before', () => {
    const text = 'Rovers boss Gil Ostby admitted his team had been poor. "We never started," the 51-year-old said.';
    expect(speakersOfCue(text, 'said')).toEqual(['Gil Ostby']);
  });

  it('gives "The Norwegian, who …," to the person named before, not to Norway', () => {
    const text = 'Rovers manager Tor Lund said the win was deserved. The Norwegian, who arrived in May, praised his defence.';
    expect(speakersOfCue(text, 'praised')).toEqual(['Tor Lund']);
  });

  it('keeps "the French" as the country', () => {
    const text = 'France hosted the talks in Paris. The French said the deal was close.';
    expect(speakersOfCue(text, 'said')).not.toContain('Tor Lund');
    expect(speakersOfCue(text, 'said')).toHaveLength(1);
  });
});

describe('who a phrase names', () => {
  it('credits "a study by the University of Halden" to the university', () => {
    const text = 'Walking cuts heart risk, according to a study by the University of Halden.';
    expect(speakersOfCue(text, 'according to')).toEqual(['University of Halden']);
  });

  it('reads "the Norland side" as Norland', () => {
    const text = 'Veldia and Norland met in Oslo. The Norland side said the talks would go on.';
    expect(speakersOfCue(text, 'said')).toEqual(['Norland']);
  });

  it('strips police ranks from the name', () => {
    const text = 'Det Insp Claire Moss said the men had fled. Detective Chief Inspector Jane Rowe said the road was shut.';
    expect(speakersOfCue(text, 'said')).toEqual(['Claire Moss', 'Jane Rowe']);
  });

  it('keeps the name before an appositive with a relative clause', () => {
    const text = 'Mark Hellum, a cardiologist who was not involved in the work, cautioned that the study showed no proof.';
    expect(speakersOfCue(text, 'cautioned')).toEqual(['Mark Hellum']);
  });

  it('resolves "According to him," to the man spoken of before', () => {
    const text = 'Energy minister Oleg Barin met reporters in Tallinn. According to him, the sides have a good basis for a deal.';
    expect(speakersOfCue(text, 'According to')).toEqual(['Oleg Barin']);
  });

  it('reads "the drivers\' union, Transit Workers," as the union named, through a plural possessive', () => {
    const text = "The drivers' union, Transit Workers, said the offer was too low.";
    expect(speakersOfCue(text, 'said')).toEqual(['Transit Workers']);
  });

  it('tells a plural possessive from a single quotation closed after a plural', () => {
    const mark = (text: string): boolean => {
      const { tokens } = buildDocument(text);
      return isPossessiveMark(tokens, tokens.findIndex((t, i) => t.text === "'" && tokens[i - 1]?.text.endsWith('s')));
    };
    expect(mark("The drivers' union said no.")).toBe(true);
    expect(mark("Ray Orr called it 'a good day for the workers' and left.")).toBe(false);
  });

  it('names an unnamed source without its relative clause', () => {
    expect(anonymousName('an official who requested anonymity')).toBe('official');
    expect(anonymousName('a senior official')).toBe('senior official');
  });
});

describe('what a report says', () => {
  it('takes the main clause after "As X noted during a briefing,"', () => {
    const text = 'As the minister Oleg Barin noted during a briefing, the current contract expires in December.';
    expect(said(text).map((s) => s.content)).toEqual(['the current contract expires in December']);
  });

  it('leaves a sentence whose "as" clause closes before the cue to the usual reading', () => {
    const text = 'As prices rose, Kim Lee said in an interview that rents would follow.';
    expect(said(text).map((s) => s.content)).toEqual(['that rents would follow']);
  });

  it('makes a negated answer a REFUSAL, never a CLAIM of what follows', () => {
    const text = 'Veldia met Norland in Oslo. Kim Dale did not say when the plant would close. The Norland side has not commented on the statement. Kemp said he had not seen the report.';
    expect(said(text).map((s) => [s.speaker, s.kind])).toEqual([['Kim Dale', 'REFUSAL'], ['Norland', 'REFUSAL'], ['Kemp', 'CLAIM']]);
  });

  it('makes no statement of a wish to stay unnamed', () => {
    const text = 'One resident, who did not want to be named, said the area had become a target.';
    expect(said(text).map((s) => [s.speaker, s.cue])).toEqual([['resident', 'said']]);
  });
});

describe('headlines', () => {
  it('ties a title alone in a headline to the one person the body gives it', () => {
    const text = 'Former mayor denies taking bribes\n\nThe former mayor of Linton, Carla Nunes, denied taking bribes on Tuesday. Prosecutors say she took £40,000.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Carla Nunes', 'Prosecutors']);
  });

  it('drops a headline statement whose speaker speaks in the body, and keeps one who does not', () => {
    const repeat = 'Mayor defends bus plan\n\nMayor Lena Frost defended the new bus routes on Friday. She said fares would stay the same.';
    expect(said(repeat).map((s) => s.cue)).toEqual(['defended', 'said']);
    const only = 'Senator Ruiz: Budget Deal Is Dead\n\nThe budget talks collapsed on Monday after a night of argument in the Senate.';
    expect(said(only).map((s) => [s.speaker, s.content])).toEqual([['Ruiz', 'Budget Deal Is Dead']]);
  });
});

describe('wire and business copy', () => {
  it('types a company held in shares as an organisation, so "the software group" finds it', () => {
    const text = 'Shares in Vantor rose 9% on Thursday after the software group reported cloud sales well ahead of forecasts.';
    expect(speakersOfCue(text, 'reported')).toEqual(['Vantor']);
  });

  it('reads the content of "reported, citing an official, that …" after the citation, and makes no statement of the citing', () => {
    const text = 'The state news agency Tarn Daily reported, citing an unnamed military official, that extra troops had been sent to the area.';
    expect(said(text).map((s) => [s.cue, s.content])).toEqual([['reported', 'that extra troops had been sent to the area']]);
  });
});

describe('from the sixth batch', () => {
  it('learns a gender from a resolved "she", so a later "he" goes to someone else', () => {
    const text = 'Aisha Bello heads the union, and she says the fight has begun. Minister Paul Keane accuses the union of risking lives. Bello dismisses the charge. He knows the wards are short of staff, she says.';
    expect(speakersOfCue(text, 'knows')).toEqual(['Paul Keane']);
  });

  it('makes no report of a phone call: "called Lopez to congratulate her"', () => {
    const text = 'Dan Whitfield called Maria Lopez to congratulate her. Mayor Kim called on Lopez to resign.';
    expect(said(text).map((s) => s.cue)).toEqual(['called on']);
  });

  it('joins "conceded shortly after midnight, saying …" into one report of what was said', () => {
    const text = 'Dan Whitfield conceded shortly after midnight, saying he had lost fairly.';
    expect(said(text).map((s) => [s.speaker, s.content])).toEqual([['Dan Whitfield', 'he had lost fairly']]);
  });

  it('reads "did not respond to a request for comment" as a REFUSAL, and "responded to a call" as nothing said', () => {
    const text = 'The company did not immediately respond to requests for comment. Police responded to a call in the area.';
    expect(said(text).map((s) => [s.cue, s.kind, s.content])).toEqual([['did not immediately respond to', 'REFUSAL', 'requests for comment']]);
  });

  it('reads the contracted "didn\'t respond to a request for comment" as a REFUSAL too', () => {
    expect(said("The company didn't respond to a request for comment.").map((s) => [s.cue, s.kind])).toEqual([["didn't respond to", 'REFUSAL']]);
  });
});
