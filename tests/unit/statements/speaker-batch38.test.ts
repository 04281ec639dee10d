// Speakers on the phrasings the thirty-eighth batch of speaker keys showed (an awards night, a
// merger announced in a joint statement, a policy analysis told through generic sources, an
// election night). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('bodies named together', () => {
  it('keeps "Norwell Freight and Castor Logistics" two companies and reads "the companies" as both', () => {
    expect(who('Norwell Freight and Castor Logistics have agreed to combine. In a joint statement, the companies said the merger would save money.'))
      .toEqual(['Norwell Freight | have agreed', 'Castor Logistics | have agreed', 'Norwell Freight | said', 'Castor Logistics | said']);
  });

  it('keeps "the Competition and Markets Authority" one body after its description', () => {
    expect(who('The competition regulator, the Competition and Markets Authority, said it would review the merger.')).toEqual(['Competition and Markets Authority | said']);
  });

  it('keeps one-word and "of" names with "and" inside whole', () => {
    const x = run('The Test and County Cricket Board met on Monday. The U.S. Food and Drug Administration said the drug was safe.');
    expect(x.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Test and County Cricket Board', 'U.S. Food and Drug Administration']));
  });

  it('reads "The Unite union warned" as Unite\'s', () => {
    expect(who('The Unite union warned that jobs were at risk.')).toEqual(['Unite | warned']);
  });
});

describe('generic and unnamed sources', () => {
  it('reads "Supporters counter that" as a report and "The opposition has called for" as the opposition\'s', () => {
    expect(who('Supporters counter that the hole will widen. Plans to counter the threat were drawn up.\n\nThe opposition has called for the plan to be scrapped.'))
      .toEqual(['Supporters | counter', 'opposition | has called for']);
  });

  it('takes "the MP" after an unnamed backbencher\'s report for that backbencher', () => {
    expect(who('One senior backbencher, who asked not to be named, said colleagues were worried. “We lose the countryside,” the MP added.'))
      .toEqual(['senior backbencher | said', 'senior backbencher | added']);
  });

  it('reads "unveiled plans" as a noun, not a promise', () => {
    expect(who('When the Treasury unveiled plans last month to charge drivers, ministers were pleased. The Treasury plans to charge drivers.')).toEqual(['Treasury | plans']);
  });

  it('types "Ridgeway Research" as an organisation', () => {
    expect(run('A poll by Ridgeway Research found that voters were split.').actors.map((a) => `${a.name}:${a.type}`)).toContain('Ridgeway Research:ORGANIZATION');
  });
});

describe('content after a short adjunct', () => {
  it('starts at "that" after "conceded shortly after 9pm" and "said again"', () => {
    expect(said('Meera Kushwaha conceded shortly after 9pm that her alliance had fallen short. She said again that the count was fair.').map((s) => s.content))
      .toEqual(['that her alliance had fallen short', 'that the count was fair']);
  });
});
