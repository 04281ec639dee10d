// Cleaning finds page furniture line by line and never touches the article's own prose.

import { describe, expect, it } from 'vitest';
import { classifyExcluded, findExcluded } from '../../../loaders/clean.js';

const FURNITURE: [string, string][] = [
  ['teaser', 'See also  Minister resigns: "I have no regrets"'],
  ['teaser', 'READ MORE: Floods hit the north again'],
  ['teaser', 'Related: Port automation plans spark protests'],
  ['teaser', 'Related stories'],
  ['teaser', 'You may also like'],
  ['teaser', 'Most read'],
  ['comment-form', 'Your email address will not be published. Required fields are marked *'],
  ['comment-form', 'Save my name, email, and website in this browser for the next time I comment.'],
  ['comment-form', 'Cancel reply'],
  ['share', 'Share this article'],
  ['share', 'Facebook | Twitter | WhatsApp | Email'],
  ['share', 'Follow us on Instagram'],
  ['cookie', 'We use cookies to give you the best experience. By continuing to use this site you agree.'],
  ['cookie', 'Accept all cookies'],
  ['newsletter', 'Sign up for our daily newsletter'],
  ['newsletter', 'Get the latest headlines delivered to your inbox every morning'],
  ['byline', 'By Mara Quint'],
  ['byline', 'By Mara Quint and Jo Lee, Reuters'],
  ['byline', '(Reporting by Mara Quint; Editing by Jo Lee)'],
  ['byline', 'Additional reporting by Pim Okafor in Velmar.'],
  ['furniture', 'Advertisement'],
  ['furniture', 'Photo: Harbour workers at the gate (Coastal Ledger)'],
  ['furniture', 'Copyright 2024 The Coastal Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
  ['furniture', 'Click here to read the full report'],
  ['furniture', '5 March 2024'],
  ['furniture', 'Updated: March 5, 2024 at 10:30 am'],
  ['furniture', '© 2024 The Coastal Ledger. All rights reserved.'],
];

const PROSE = [
  'See how the minister answered, she said, in a long interview that ran for more than an hour and touched on every topic, from the budget to the war, the floods and the pension reform that has divided the coalition for years, and which the opposition has sworn to repeal as soon as it returns to power after the next election, whenever that may be held.',
  'Share prices fell sharply after the announcement, analysts said.',
  'Related talks will continue next week, the ministry said.',
  'Watch what happens next, the senator warned.',
  'By Friday, the union said it would call off the strike.',
  'By the end of the week the port was quiet again.',
  'Comments by the minister drew criticism from the opposition.',
  'Readers who wrote to the paper said they used cookies as bait for birds.',
  '"We will never accept this," he said.',
  'Reporting by the ministry was incomplete, the auditor said, and the figures had been revised twice.',
  'Photographs taken at the scene show the damage, police said.',
];

describe('findExcluded', () => {
  it.each(FURNITURE)('excludes a %s line: %s', (kind, line) => {
    const text = `Headline\n\nFirst paragraph of the story.\n\n${line}\n\nLast paragraph of the story.`;
    const found = classifyExcluded(text);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe(kind);
    const [s, e] = found[0].span;
    expect(text.slice(s, e)).toBe(line.trim());
  });

  it.each(PROSE)('keeps prose: %s', (line) => {
    expect(findExcluded(`Headline\n\n${line}\n\nMore text here.`)).toEqual([]);
  });

  it('excludes a comment section near the end through the end of the text', () => {
    const text = 'Headline\n\nThe story, at length, told over many words by a patient reporter.\n\nMore of the story.\n\nLeave a Reply\n\nJo: great piece, the mayor said nothing new\n';
    const spans = findExcluded(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(...spans[0])).toBe('Leave a Reply\n\nJo: great piece, the mayor said nothing new');
  });

  it('excludes only the heading line when a "Comments" heading sits early in the text', () => {
    const text = `Comments\n\n${'The story goes on. '.repeat(20)}`;
    expect(findExcluded(text)).toEqual([[0, 8]]);
  });

  it('handles CRLF line ends without including the CR', () => {
    const text = 'Headline\r\n\r\nShare this article\r\n\r\nThe story.\r\n';
    const [[s, e]] = findExcluded(text);
    expect(text.slice(s, e)).toBe('Share this article');
  });

  it('finds the seed article\'s teaser and comment form', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
    const spans = findExcluded(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatch(/^See also/);
    expect(spans[1]).toMatch(/^Leave a Reply[\s\S]*Required fields are marked \*$/);
  });
});
