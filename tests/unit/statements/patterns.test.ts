// Table-driven checks of the attribution patterns added for recall (colon cues, phrasal cues,
// speaker phrases, sentence bounds): each sentence is written for the project; source, cue and content are compared
// as the text they cover, and sentences that must yield nothing are listed too.
import { describe, expect, it } from 'vitest';
import { found, type Case, type CueCase } from './found.js';

const present: Case[] = [
  {
    name: 'headline colon names the speaker',
    text: 'Senator Ruiz: Budget Deal Is Dead For This Year\n\nThe talks ended on Friday.',
    expect: { source: 'Senator Ruiz', cue: ':', content: 'Budget Deal Is Dead For This Year' },
  },
  {
    name: 'colon with a quoted headline',
    text: 'Mayor Jane Holt: ‘We Will Rebuild Every School.’\n\nThe storm hit on Monday.',
    expect: { source: 'Mayor Jane Holt', cue: ':', content: '‘We Will Rebuild Every School.’' },
  },
  {
    name: 'a party tag with a period does not end the sentence',
    text: 'Rep. Jo Park (D-Ore.) said the bill would fail.',
    expect: { source: 'Rep. Jo Park (D-Ore.)', cue: 'said', content: 'the bill would fail' },
  },
  {
    name: 'a name with two appositive chunks before the cue',
    text: 'But Jo Park, director of Vote Now, which organized the letter, said the rally would go ahead.',
    expect: { source: 'Jo Park, director of Vote Now, which organized the letter,', cue: 'said', content: 'the rally would go ahead' },
  },
  {
    name: 'a subject with a dash aside',
    text: 'Several speakers — among them two priests — said the vote was unfair.',
    expect: { source: 'Several speakers — among them two priests —', cue: 'said', content: 'the vote was unfair' },
  },
  {
    name: 'an aside after the name leaves the name alone',
    text: 'Holt, for her part, said the plan was sound.',
    expect: { source: 'Holt', cue: 'said', content: 'the plan was sound' },
  },
  {
    name: 'the subject after an opening phrase, second verb after and',
    text: 'In an interview with the Herald, Holt defended the plan and said the critics were wrong.',
    expect: { source: 'Holt', cue: 'said', content: 'the critics were wrong' },
  },
  {
    name: 'a plural possessive before a common noun',
    text: 'Jo Reynolds’ campaign says it raised two million dollars.',
    expect: { source: 'Jo Reynolds’ campaign', cue: 'says', content: 'it raised two million dollars' },
  },
  {
    name: 'a plural head with a trailing modifier',
    text: 'Rather, sources close to the mayor say she backs the plan.',
    expect: { source: 'sources close to the mayor', cue: 'say', content: 'she backs the plan' },
  },
  {
    name: 'a focus adverb is not part of the speaker',
    text: 'Still, even Mr. Dunn says the delay was reasonable.',
    expect: { source: 'Mr. Dunn', cue: 'says', content: 'the delay was reasonable' },
  },
  {
    name: 'a relative clause belongs to the speaker',
    text: 'Parents who have watched the hearings say the board ignored them.',
    expect: { source: 'Parents who have watched the hearings', cue: 'say', content: 'the board ignored them' },
  },
  {
    name: 'critical of, an adjective cue with its preposition',
    text: 'The senator was critical of the new tariffs.',
    expect: { source: 'The senator', cue: 'was critical of', content: 'the new tariffs' },
  },
  {
    name: 'pleaded guilty',
    text: 'The former aide pleaded guilty to lying to investigators.',
    expect: { source: 'The former aide', cue: 'pleaded guilty', content: 'to lying to investigators' },
  },
  {
    name: 'hope in the plain present',
    text: 'Organizers hope the march will draw thousands.',
    expect: { source: 'Organizers', cue: 'hope', content: 'the march will draw thousands' },
  },
  {
    name: 'the object of a non-speech cue stops at an adverbial clause',
    text: 'Holt defended the remarks when reporters pressed her on Monday.',
    expect: { source: 'Holt', cue: 'defended', content: 'the remarks' },
  },
  {
    name: 'the object of a non-speech cue stops before a second verb',
    text: 'The mayor criticized the budget and promised new hearings.',
    expect: { source: 'The mayor', cue: 'criticized', content: 'the budget' },
  },
  {
    name: 'seems with an adjective complement, no source',
    text: 'The union seems unlikely to accept the offer.',
    expect: { source: null, cue: 'seems', content: 'The union … unlikely to accept the offer' },
  },
  {
    name: 'is expected after a subject with a relative clause',
    text: 'The central bank, which has held rates low for years, is expected to act in June.',
    expect: { source: null, cue: 'is expected', content: 'The central bank … to act in June' },
  },
  {
    name: 'an adverb between the verb and its particle',
    text: 'The senator spoke warmly of the new trade pact.',
    expect: { source: 'The senator', cue: 'spoke warmly of', content: 'the new trade pact' },
  },
  {
    name: 'responds with a that-clause',
    text: 'Holt responds that the audit was fair.',
    expect: { source: 'Holt', cue: 'responds', content: 'that the audit was fair' },
  },
  {
    name: 'a quoted question followed by a lower-case cue stays one sentence',
    text: 'The mayor spoke at the school. “How else will we pay for it?” she said.',
    expect: { source: 'she', cue: 'said', content: '“How else will we pay for it?”' },
  },
  {
    name: 'an inverted speaker keeps a relative clause with quoted words',
    text: '“We will rebuild,” said Holt, whose new book calls the town “unbreakable” at heart.',
    expect: { source: 'Holt, whose new book calls the town “unbreakable” at heart', cue: 'said', content: '“We will rebuild,”' },
  },
  {
    name: 'a sign read, before a quote',
    text: 'One sign read, “Nobody but Holt.”',
    expect: { source: 'One sign', cue: 'read', content: '“Nobody but Holt.”' },
  },
  {
    name: 'read, inverted after a quote',
    text: '“Nobody but Holt,” read one sign.',
    expect: { source: 'one sign', cue: 'read', content: '“Nobody but Holt,”' },
  },
  {
    name: 'a poll shows with a bare object',
    text: 'A new state poll shows Ruiz leading the race by four points.',
    expect: { source: 'A new state poll', cue: 'shows', content: 'Ruiz leading the race by four points' },
  },
  {
    name: 'made it clear, a two-word particle',
    text: 'The governor made it clear that she would veto the bill.',
    expect: { source: 'The governor', cue: 'made it clear', content: 'that she would veto the bill' },
  },
  {
    name: 'went on to say',
    text: 'Holt went on to say that the budget was a disgrace.',
    expect: { source: 'Holt', cue: 'went on to say', content: 'that the budget was a disgrace' },
  },
  {
    name: 'railed against',
    text: 'The mayor railed against the new parking fees.',
    expect: { source: 'The mayor', cue: 'railed against', content: 'the new parking fees' },
  },
  {
    name: 'echoed',
    text: 'Senator Ruiz echoed that view at the rally.',
    expect: { source: 'Senator Ruiz', cue: 'echoed', content: 'that view at the rally' },
  },
  {
    name: 'typewriter quote, then a name with an appositive before the cue',
    text: "Rates rose in March.\n\n''We will not wait for the data,'' Ana Ruiz, a bank governor, said.",
    expect: { source: 'Ana Ruiz, a bank governor,', cue: 'said', content: "''We will not wait for the data,''" },
  },
  {
    name: 'curly quote, appositive speaker, words after the cue are not the speaker',
    text: 'Rates rose in March.\n\n“We will not wait,” Ana Ruiz, a bank governor, said in a speech.',
    expect: { source: 'Ana Ruiz, a bank governor,', cue: 'said', content: '“We will not wait,”' },
  },
  {
    name: 'a relative clause right after an inverted speaker belongs to the speaker',
    text: 'Rates rose in March.\n\n“It is a big deal,” said Sen. Jo Park who represents the city.',
    expect: { source: 'Sen. Jo Park who represents the city', cue: 'said', content: '“It is a big deal,”' },
  },
  {
    name: 'a sentence opening with the poll it reports',
    text: 'In a poll released on Monday, half of the voters chose Ruiz.',
    expect: { source: 'a poll released on Monday', cue: 'In', content: 'half of the voters chose Ruiz' },
  },
  {
    name: 'a verb with a to-complement joins the cue',
    text: 'He continued to complain that the judge had been unfair.',
    expect: { source: 'He', cue: 'continued to complain', content: 'that the judge had been unfair' },
  },
  {
    name: 'time words between the speaker and the cue',
    text: 'Sen. Jo Park (D-Calif.) last week said the plan was dead.',
    expect: { source: 'Sen. Jo Park (D-Calif.)', cue: 'said', content: 'the plan was dead' },
  },
  {
    name: 'a place word between the speaker and the cue',
    text: 'Her campaign workers here said they had knocked on every door.',
    expect: { source: 'Her campaign workers', cue: 'said', content: 'they had knocked on every door' },
  },
  {
    name: 'a video shows a bare object',
    text: 'A video of the debate shows him waving a small flag.',
    expect: { source: 'A video of the debate', cue: 'shows', content: 'him waving a small flag' },
  },
  {
    name: 'a noun ending in -ly is no adverb of the cue',
    text: 'Footage from the rally shows him waving a small flag.',
    expect: { source: 'Footage from the rally', cue: 'shows', content: 'him waving a small flag' },
  },
  {
    name: 'a quantifier alone is the speaker',
    text: 'Many believe the race is over.',
    expect: { source: 'Many', cue: 'believe', content: 'the race is over' },
  },
  {
    name: 'a fraction is the speaker',
    text: 'Two in three said they would vote for Ruiz.',
    expect: { source: 'Two in three', cue: 'said', content: 'they would vote for Ruiz' },
  },
  {
    name: 'went after',
    text: 'Ruiz went after Park over his taxes.',
    expect: { source: 'Ruiz', cue: 'went after', content: 'Park over his taxes' },
  },
  {
    name: 'a comparison ends the content and keeps its own report',
    text: 'Half of the voters said they liked Ruiz, compared with 20 percent who said the same of Park.',
    expect: { source: 'who', cue: 'said', content: 'the same of Park' },
  },
  {
    name: 'a reporting adverb attributes its clause to no named source',
    text: 'The agency is reportedly planning a review of the contract.',
    expect: { source: null, cue: 'reportedly', content: 'The agency is … planning a review of the contract' },
  },
  {
    name: 'a percentage is a speaker phrase',
    text: 'On social issues, 42% say they are liberal.',
    expect: { source: '42%', cue: 'say', content: 'they are liberal' },
  },
  {
    name: 'a participle cue after a quote closed by a comma',
    text: 'Park said the count “will be finished by Friday,” referring to the county ballots.',
    expect: { source: 'Park', cue: 'referring to', content: 'the county ballots' },
  },
  {
    name: 'the quote closed by a comma ends the content before a participle cue',
    text: 'Park said the count “will be finished by Friday,” referring to the county ballots.',
    expect: { source: 'Park', cue: 'said', content: 'the count “will be finished by Friday,”' },
  },
  {
    name: 'when asked after a quote names no asker',
    text: '“No plan is ever perfect,” Ruiz said when asked about the state standards.',
    expect: { source: null, cue: 'asked about', content: 'the state standards' },
  },
  {
    name: 'a participle and its weekday before the cue are not content',
    text: 'A news report published Wednesday said the minister used a private account.',
    expect: { source: 'A news report', cue: 'said', content: 'the minister used a private account' },
  },
  {
    name: 'recalled with a noun object',
    text: 'The senator recalled the figure of a father sitting alone near the school.',
    expect: { source: 'The senator', cue: 'recalled', content: 'the figure of a father sitting alone near the school' },
  },
  {
    name: 'learned of',
    text: 'Park learned of the plan from a reporter.',
    expect: { source: 'Park', cue: 'learned of', content: 'the plan from a reporter' },
  },
  {
    name: 'went on to joins the cue',
    text: 'He went on to endorse Ayotte for the seat.',
    expect: { source: 'He', cue: 'went on to endorse', content: 'Ayotte for the seat' },
  },
  {
    name: 'voted to joins the cue',
    text: 'The union council voted to endorse Ruiz.',
    expect: { source: 'The union council', cue: 'voted to endorse', content: 'Ruiz' },
  },
  {
    name: 'pushed for',
    text: 'The union pushed for a higher minimum wage.',
    expect: { source: 'The union', cue: 'pushed for', content: 'a higher minimum wage' },
  },
  {
    name: 'focused on',
    text: 'Ruiz focused on the cost of the new bridge.',
    expect: { source: 'Ruiz', cue: 'focused on', content: 'the cost of the new bridge' },
  },
  {
    name: 'recognized that',
    text: 'Park recognized that the plan had flaws.',
    expect: { source: 'Park', cue: 'recognized', content: 'that the plan had flaws' },
  },
  {
    name: 'welcomed',
    text: 'The mayor welcomed the ruling on Friday.',
    expect: { source: 'The mayor', cue: 'welcomed', content: 'the ruling on Friday' },
  },
  {
    name: 'a poll after its finding',
    text: 'The race is close, a new state poll shows.',
    expect: { source: 'a new state poll', cue: 'shows', content: 'The race is close' },
  },
  {
    name: 'a poll named before its attachment shows a bare object',
    text: 'A poll of likely voters showed Ruiz leading Park.',
    expect: { source: 'A poll of likely voters', cue: 'showed', content: 'Ruiz leading Park' },
  },
  {
    name: 'a relative clause with its own cue ends before the main cue',
    text: 'Park, who said the deal was fair, said he would sign it.',
    expect: { source: 'who', cue: 'said', content: 'the deal was fair' },
  },
  {
    name: 'the main cue after a relative clause with a cue',
    text: 'Park, who said the deal was fair, said he would sign it.',
    expect: { source: 'Park', cue: 'said', content: 'he would sign it' },
  },
  {
    name: 'the report around a nested belief stays',
    text: 'Ruiz said the mayor wants a new road.',
    expect: { source: 'Ruiz', cue: 'said', content: 'the mayor wants a new road' },
  },
  {
    name: 'inverted speaker after a quote still reads as before',
    text: 'Rates rose in March.\n\n“We will not wait,” said Ana Ruiz, a bank governor.',
    expect: { source: 'Ana Ruiz, a bank governor', cue: 'said', content: '“We will not wait,”' },
  },
];

/** Sentences in which the named cue must yield no attribution. */
const absent: CueCase[] = [
  { name: 'a label before the colon', text: 'Update: The bridge reopened to traffic on Sunday evening.', cue: ':' },
  { name: 'a shouted teaser word', text: 'BREAKING: The bridge reopened to traffic on Sunday evening.', cue: ':' },
  { name: 'lower-case words before the colon', text: 'The plan has three parts: taxes, roads and schools for everyone.', cue: ':' },
  { name: 'too little after the colon', text: 'Senator Ruiz: No.', cue: ':' },
  { name: 'a show is no evidence', text: 'The talk show drew three million viewers last night.', cue: 'show' },
  { name: 'a person shows without a clause', text: 'The mayor shows the visitors around the new hall.', cue: 'shows' },
  { name: 'critical without of', text: 'The patient remains in critical condition tonight.', cue: 'critical' },
  { name: 'read with a plain object', text: 'I read the report on Monday.', cue: 'read' },
  { name: 'made without its particle', text: 'The company made record profits last year.', cue: 'made' },
  { name: 'a verb inside an inverted speaker phrase', text: 'Rates rose in March.\n\n“It is a big deal,” said a party member who supports Kent, asking not to be named.', cue: 'supports' },
  { name: 'an opener without a poll', text: 'In the end, half of the voters chose Ruiz.', cue: 'In' },
  { name: 'a poll opener before a sentence with its own cue', text: 'In a poll released on Monday, Ruiz said the race was close.', cue: 'In' },
  { name: 'a reporting adverb in a sentence with its own report', text: 'The agency is reportedly planning a review, officials said.', cue: 'reportedly' },
  { name: 'appearing on a show is no seeming', text: 'The senator appeared on a radio show in Boston.', cue: 'appeared' },
  { name: 'a byline', text: 'Jo Park reported from Washington.', cue: 'reported' },
  { name: 'a credit line', text: 'Additional reporting by Jo Park in Boston.', cue: 'reporting' },
  { name: 'pledged delegates', text: 'Ruiz leads Park by roughly 270 pledged delegates.', cue: 'pledged' },
  { name: 'a product recall with a counted object', text: 'The firm recalled three batches of its vaccine.', cue: 'recalled' },
  { name: 'calling off a deal', text: 'The two firms called off the merger on Friday.', cue: 'called' },
  { name: 'a belief inside a preposed report', text: 'Ruiz said the mayor wants a new road.', cue: 'wants' },
  { name: 'a belief inside a postposed report', text: 'The mayor wants a new road, Ruiz said on Monday.', cue: 'wants' },
  { name: 'a place label before a sentence with its own cue', text: 'Chile: The Interior Ministry says the border will reopen.', cue: ':' },
];

describe('attribution patterns', () => {
  it.each(present)('$name', ({ text, expect: want }) => {
    expect(found(text)).toContainEqual(want);
  });
  it.each(absent)('no attribution: $name', ({ text, cue }) => {
    expect(found(text).filter((f) => f.cue === cue)).toEqual([]);
  });
});
