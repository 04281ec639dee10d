// Table-driven checks of direct-quote attributions: the quotation is the content, whatever
// the sentence splitter, the speaker's shape or the quote marks. Every sentence is written for
// the project; source, cue and content are compared as the text they cover.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { findQuotes } from '../../../src/extract/statements/quotes.js';
import { found, type Case, type CueCase } from './found.js';

const present: Case[] = [
  {
    name: 'a participle whose named subject follows an opening conjunction',
    text: 'But Jo Park turned on the mayor, calling him a "coward."',
    expect: { source: 'Jo Park', cue: 'calling', content: 'him a "coward."' },
  },
  {
    name: 'a participle whose subject follows an opening conjunction',
    text: 'But she turned on the mayor, calling him a "coward."',
    expect: { source: 'she', cue: 'calling', content: 'him a "coward."' },
  },
  {
    name: 'a barked quotation before its speaker',
    text: '“Sit down and wait,” Jo Park barked as the hall went quiet.',
    expect: { source: 'Jo Park', cue: 'barked', content: '“Sit down and wait,”' },
  },
  {
    name: 'a coordinated cue shares the subject of its "when" clause',
    text: 'It began when Jo Park met the mayor at lunch and called him a “clown.”',
    expect: { source: 'Jo Park', cue: 'called', content: 'him a “clown.”' },
  },
  {
    name: 'a coordinated cue after a sourceless "When asked" opener',
    text: 'When asked about the race, Ms. Park smiled and said, “I am waiting.”',
    expect: { source: 'Ms. Park', cue: 'said', content: '“I am waiting.”' },
  },
  {
    name: 'a past participle of writing right before its quotation',
    text: 'As the critic Jo Park had written, “No town can live on roads alone.”',
    expect: { source: 'the critic Jo Park', cue: 'had written', content: '“No town can live on roads alone.”' },
  },
  {
    name: 'a participle whose subject follows an opening adverb',
    text: 'Then she turned on the mayor, calling him a "coward."',
    expect: { source: 'she', cue: 'calling', content: 'him a "coward."' },
  },
  {
    name: 'a relative pronoun of a written thing that says a quotation',
    text: 'They handed out cards that said, “Welcome to the fair.”',
    expect: { source: 'that', cue: 'said', content: '“Welcome to the fair.”' },
  },
  {
    name: 'a time adjunct without a determiner between the cue and its quotation',
    text: 'As Kim Lee pointed out in December, “The vote will be close.”',
    expect: { source: 'Kim Lee', cue: 'pointed out', content: '“The vote will be close.”' },
  },
  {
    name: 'a credit after a partial quote holds the report before it',
    text: 'Jo Park wants to "fix the roads and the schools," Lee Kim said on Monday.',
    expect: { source: 'Lee Kim', cue: 'said', content: 'Jo Park wants to "fix the roads and the schools,"' },
  },
  {
    name: 'a question quote before its speaker, followed by an adjunct',
    text: '“Why would anyone wait?” Kim Lee said of the delay on Monday.',
    expect: { source: 'Kim Lee', cue: 'said', content: '“Why would anyone wait?”' },
  },
  {
    name: 'an exclamation quote before its speaker and a participle',
    text: '"We are not done yet!" the mayor shouted, waving to the crowd.',
    expect: { source: 'the mayor', cue: 'shouted', content: '"We are not done yet!"' },
  },
  {
    name: 'a quote after a colon: the subject is the source, the words to the colon the cue',
    text: 'Mia Chen responded quietly, with a grin: “That is not my problem.”',
    expect: { source: 'Mia Chen', cue: 'responded quietly, with a grin:', content: '“That is not my problem.”' },
  },
  {
    name: 'a quote after a colon: a name right before it is the source',
    text: 'The drop did not surprise Professor Ana Ruiz: “Voters were tired of the long race.”',
    expect: { source: 'Professor Ana Ruiz', cue: ':', content: '“Voters were tired of the long race.”' },
  },
  {
    name: 'a sentence ending in a colon before a quoted paragraph',
    text: 'The mayor issued the following statement:\n\n“We will rebuild the bridge by spring. Nobody will be left behind.”',
    expect: { source: 'The mayor', cue: 'issued the following statement:', content: '“We will rebuild the bridge by spring. Nobody will be left behind.”' },
  },
  {
    name: 'a quote after a colon: the subject after an opening phrase',
    text: 'Along with the photo, she had posted: “We are not done yet!”',
    expect: { source: 'she', cue: 'had posted:', content: '“We are not done yet!”' },
  },
  {
    name: 'an unlisted verb after the quote and its speaker',
    text: '“They could have picked the bill everyone supports,” Dana Moss fumed on Tuesday.',
    expect: { source: 'Dana Moss', cue: 'fumed', content: '“They could have picked the bill everyone supports,”' },
  },
  {
    name: 'an unlisted verb before its speaker',
    text: '“Silly people acting like they have never seen a bike before,” scoffed Rita Gomez, a rider.',
    expect: { source: 'Rita Gomez, a rider', cue: 'scoffed', content: '“Silly people acting like they have never seen a bike before,”' },
  },
  {
    name: 'as the speaker put it, then the quote',
    text: 'As Dana Moss put it, “The barbarians are inside the gate.”',
    expect: { source: 'Dana Moss', cue: 'put it', content: '“The barbarians are inside the gate.”' },
  },
  {
    name: 'as the speaker, with an appositive, put it',
    text: 'Or, as Tom Reed, a former secretary, put it: “They are already inside.”',
    expect: { source: 'Tom Reed, a former secretary,', cue: 'put it', content: '“They are already inside.”' },
  },
  {
    name: 'a title before the name in an appositive speaker',
    text: '“Somebody entered the country and did harm,” the White House spokesman, Jo Park, said on Thursday.',
    expect: { source: 'the White House spokesman, Jo Park,', cue: 'said', content: '“Somebody entered the country and did harm,”' },
  },
  {
    name: 'an inverted speaker whose clause runs on past a relative clause',
    text: '“It was a strange night,” said his old friend, Ben Tully, who, like several others, remembered him claiming that his father, a sailor, was rich.',
    expect: { source: 'his old friend, Ben Tully', cue: 'said', content: '“It was a strange night,”' },
  },
  {
    name: 'an inverted speaker with a participle phrase',
    text: '“You will see a huge ad campaign,” said one official involved in the planning, who asked not to be named.',
    expect: { source: 'one official involved in the planning', cue: 'said', content: '“You will see a huge ad campaign,”' },
  },
  {
    name: 'a scare quote inside the relative clause of an inverted speaker stays out of the content',
    text: '“It was shameful,” said Lena Ford, 34, a voter who waited in an “absurdly long line” for five hours in the heat.',
    expect: { source: 'Lena Ford, 34, a voter', cue: 'said', content: '“It was shameful,”' },
  },
  {
    name: 'a possessive title before the name in an appositive speaker',
    text: 'In a statement to the Herald, her senior policy adviser, Jo Park, said: “The senator values a strong alliance.”',
    expect: { source: 'her senior policy adviser, Jo Park,', cue: 'said', content: '“The senator values a strong alliance.”' },
  },
  {
    name: 'a name before its description keeps the name in the speaker',
    text: 'Carl Ober, a 61-year-old plumber from Dayton, says Ruiz will “go home with real wind behind her.”',
    expect: { source: 'Carl Ober, a 61-year-old plumber from Dayton,', cue: 'says', content: 'Ruiz will “go home with real wind behind her.”' },
  },
  {
    name: 'a quote after a colon: a conjunction before the subject',
    text: 'And Mr. Lowe gloated: “I told you he would not be ready.”',
    expect: { source: 'Mr. Lowe', cue: 'gloated:', content: '“I told you he would not be ready.”' },
  },
  {
    name: 'a quoted paragraph credited with a dash on the next line',
    text: 'The debate turned to taxes.\n\n"Big firms pay almost nothing in taxes."\n\n- Dana Moss, a voter.\n\nThat claim is disputed.',
    expect: { source: 'Dana Moss', cue: '-', content: '"Big firms pay almost nothing in taxes."' },
  },
  {
    name: 'a quote before a non-speech cue with only adjuncts after it',
    text: '“Let me be very clear about this,” Jo Park asserted to reporters on Tuesday.',
    expect: { source: 'Jo Park', cue: 'asserted', content: '“Let me be very clear about this,”' },
  },
  {
    name: 'a manner adverb after a postposed cue joins it',
    text: '“I am calling from the campaign,” Mia Lowe said pleasantly into the phone.',
    expect: { source: 'Mia Lowe', cue: 'said pleasantly', content: '“I am calling from the campaign,”' },
  },
  {
    name: 'a first name that is also a modal, after an inverted cue',
    text: '"It is a pretty expensive model," said Will Doyle, a professor at the college.',
    expect: { source: 'Will Doyle, a professor at the college', cue: 'said', content: '"It is a pretty expensive model,"' },
  },
  {
    name: 'a surname that is also a modal, after a quote',
    text: '“This might hasten the end of his run,” Will wrote.',
    expect: { source: 'Will', cue: 'wrote', content: '“This might hasten the end of his run,”' },
  },
  {
    name: 'a quoted paragraph with no cue continues the quote before it',
    text: '“Mia Lowe is the best candidate in years,” Dan Ruiz tells the Herald.\n\n“She is what we have waited for. She ticks every box.”\n\n“She unites the party,” Ruiz adds.',
    expect: { source: 'Dan Ruiz', cue: 'tells', content: '“Mia Lowe is the best candidate in years,” … “She is what we have waited for. She ticks every box.”' },
  },
  {
    name: 'a quote after a participle clause of the same sentence continues the first quote',
    text: '“Nobody will lead them with twelve dollars,” Jo Park said, suggesting that a bolder plan could win. “We have a rival who runs to her left on trade.”',
    expect: { source: 'Jo Park', cue: 'said', content: '“Nobody will lead them with twelve dollars,” … “We have a rival who runs to her left on trade.”' },
  },
  {
    name: 'an inverted cue opening the sentence before the quote',
    text: 'Said Tom Reyes, "The thought that our error is connected to this is painful to us."',
    expect: { source: 'Tom Reyes', cue: 'Said', content: '"The thought that our error is connected to this is painful to us."' },
  },
  {
    name: 'an inverted cue after an opening conjunction',
    text: 'But, said Ana Soler, "I do not want to drum up conflict."',
    expect: { source: 'Ana Soler', cue: 'said', content: '"I do not want to drum up conflict."' },
  },
  {
    name: 'an inverted speaker opened by a lower-case title word before a name',
    text: '"I fundamentally disagree," said retired Army Gen. Mick Baines, who served in the region from 2013 to 2015, at the hearing on Tuesday.',
    expect: { source: 'retired Army Gen. Mick Baines', cue: 'said', content: '"I fundamentally disagree,"' },
  },
  {
    name: 'an unlisted present-tense verb before an article and its speaker',
    text: '“There are worms that have shown more spine than the senator,” reads an editorial in The Daily Ledger.',
    expect: { source: 'an editorial in The Daily Ledger', cue: 'reads', content: '“There are worms that have shown more spine than the senator,”' },
  },
  {
    name: 'a three-word quote after the attribution continues it',
    text: '"They sue," Dan Ruiz said. "Everybody sues, right?"',
    expect: { source: 'Dan Ruiz', cue: 'said', content: '"They sue," … "Everybody sues, right?"' },
  },
  {
    name: 'a question quote before a speaker who tells an addressee',
    text: '“It looks like we will not get along, who knows?” Jo Park told the Evening Post in an interview aired on Monday.',
    expect: { source: 'Jo Park', cue: 'told', content: '“It looks like we will not get along, who knows?”' },
  },
  {
    name: 'a quotation credited to its speaker and then to a relay goes to the relay',
    text: '“Please stay off the floor,” Kim Lee said, according to the Daily Star.',
    expect: { source: 'the Daily Star', cue: 'according to', content: '“Please stay off the floor,” Kim Lee said' },
  },
  {
    name: 'a quotation after a colon whose speaker a sentence-opening “From” presents',
    text: 'From the report: “Many vendors now weight their samples in new ways.”',
    expect: { source: 'the report', cue: ':', content: '“Many vendors now weight their samples in new ways.”' },
  },
  {
    name: 'a quotation after a colon whose speaker “Here is” presents, with a time adjunct',
    text: 'Here is Jo Park in May 1992: “Our new path must rest on new facts.”',
    expect: { source: 'Jo Park', cue: ':', content: '“Our new path must rest on new facts.”' },
  },
  {
    name: 'a participle of shouting right before a quotation',
    text: 'Many marchers lined the street, chanting "We are one" and "Stop the hate."',
    expect: { source: 'Many marchers', cue: 'chanting', content: '"We are one" and "Stop the hate."' },
  },
  {
    name: 'a chant named by a noun before its words, with no source',
    text: 'The crowd broke into chants of “Lock them up!” at the end.',
    expect: { source: null, cue: 'chants of', content: '“Lock them up!”' },
  },
  {
    name: 'the occasion between the cue and its quotation belongs to the cue',
    text: 'Jo Park said at a news conference, “We have not closed the gaps yet.”',
    expect: { source: 'Jo Park', cue: 'said at a news conference', content: '“We have not closed the gaps yet.”' },
  },
  {
    name: 'the medium before a colon and a quotation belongs to the cue, colon included',
    text: 'Jo Park said in his formal statement: “We are trying to save lives.”',
    expect: { source: 'Jo Park', cue: 'said in his formal statement:', content: '“We are trying to save lives.”' },
  },
  {
    name: 'a quotation after an unquoted content and its postposed cue continues that content',
    text: 'The plan will fail, Jo Park said. “We have seen it all before.”',
    expect: { source: 'Jo Park', cue: 'said', content: 'The plan will fail … “We have seen it all before.”' },
  },
  {
    name: 'a participle after a verb of publishing and its document takes them into the cue',
    text: 'Jo Park issued a statement saying the plan was "a disaster."',
    expect: { source: 'Jo Park', cue: 'issued a statement saying', content: 'the plan was "a disaster."' },
  },
  {
    name: 'the manner of speaking after a postposed cue belongs to the cue',
    text: '“I sold the car but kept the bike,” Jo Park said with a grin.',
    expect: { source: 'Jo Park', cue: 'said with a grin', content: '“I sold the car but kept the bike,”' },
  },
];

/** Sentences in which the named cue must not take a quotation as its content. */
const notQuoting: CueCase[] = [
  { name: 'a present-tense verb with an object after a title in quotes', text: '“Hamilton,” wins a prize for the theater every year.', cue: 'wins' },
  { name: 'a non-speech cue whose object follows it', text: 'He joked about “the magic,” and Jo Park praised the governor for the plan.', cue: 'praised' },
  { name: 'a quoted phrase before a cue with a complement clause', text: 'Jo Park, citing “the magic of the campaign,” said the candidate could win three states.', cue: 'said' },
  { name: 'a verb inside the speaker phrase of a later cue', text: '“The claim is speculative,” the order released Friday said.', cue: 'released' },
  { name: 'an unlisted verb with an object is no cue', text: '“Hamilton,” the new musical, Jo Park produced the show.', cue: 'produced' },
  { name: 'a byline before a colon names the writer, not a speaker', text: '"Bridge to reopen in May," by Daily Ledger’s Jo Park: "The bridge will reopen in May, officials said on Monday."', cue: ':' },
  { name: 'a name after a preposition before a colon', text: 'A familiar voice praised the attack on Twitter: “We are already here with our soldiers.”', cue: ':' },
  { name: 'a question quote followed by a complement clause', text: '“Is it over?” Kim Lee said the talks had failed.', cue: 'said' },
];

/** Sentences in which no attribution may start with the named cue word. */
const absent: CueCase[] = [
  { name: 'barking without a quotation', text: 'The dog barked at the mailman all morning.', cue: 'barked' },
  { name: 'a past participle of writing in a passive', text: 'The letter was written by the mayor.', cue: 'was written' },
  { name: 'a thing named by a participle after its verb', text: 'They joined a group called “Free Roads” last year.', cue: 'called' },
  { name: 'put it with a place', text: 'He put it on the table before the meeting.', cue: 'put' },
  { name: 'an imperative after a quote that ends its sentence', text: '“She wanted everyone in the hall to notice.”\n\nRead the rest of the story at the Daily Ledger.', cue: 'Read' },
  { name: 'a dash line that is no credit', text: '"Big firms pay almost nothing in taxes."\n\n– A voter himself –.', cue: '–' },
  { name: 'a participle of shouting without a quotation', text: 'The fans were shouting, pointing and jeering at the man.', cue: 'shouting' },
];

describe('direct quotes', () => {
  it.each(present)('$name', ({ text, expect: want }) => {
    expect(found(text)).toContainEqual(want);
  });
  it.each(absent)('no attribution: $name', ({ text, cue }) => {
    expect(found(text).filter((f) => f.cue.startsWith(cue))).toEqual([]);
  });
  it.each(notQuoting)('no quoted content: $name', ({ text, cue }) => {
    expect(found(text).filter((f) => f.cue === cue && /[“"]/.test(f.content))).toEqual([]);
  });
});

describe('quote marks typed the wrong way', () => {
  const quoted = (text: string): string[] => findQuotes(buildDocument(text)).map((q) => text.slice(q.start, q.end));
  it.each([
    ['a nested quote closing with three marks', "''Voters will not settle for 'We will bomb them,''' said Jo Park.", ["''Voters will not settle for 'We will bomb them,'''"]],
    ['an opening mark typed after the comma', '“It is unusual,“ said Jo Park. “It is hard.”', ['“It is unusual,“', '“It is hard.”']],
    ['a closing mark typed at the paragraph start', 'He spoke.\n\n\u202a”This has to stop,” said Jo Park.', ['”This has to stop,”']],
  ])('%s', (_, text, want) => {
    expect(quoted(text)).toEqual(want);
  });
});
