// "Harbour master Jo Park said": a capitalised word qualifying a lower-case role noun before a
// name belongs to the role; the person is Jo Park and "Harbour" is no actor.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf } from './helpers.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';

const text = 'The ferry was delayed on Monday. Harbour master Jo Park said the storm had closed the port.';

describe('a capitalised modifier of a lower-case role', () => {
  it('makes "Harbour master" the role of Jo Park and no actor of "Harbour"', () => {
    const layer = layerOf(text);
    expect(layer.actors.map((a) => a.name)).not.toContain('Harbour');
    expect(actorNamed(layer, 'Jo Park').roles.map((r) => r.title)).toContain('Harbour master');
  });

  it('gives the statement to Jo Park', () => {
    const ex = extract(articleFromText(text, 'test'));
    const speaker = ex.actors.find((a) => a.id === ex.statements[0]?.speakerId);
    expect(speaker?.name).toBe('Jo Park');
  });

  it('keeps a person named elsewhere who qualifies a role ("Clinton adviser Dick Morris")', () => {
    const layer = layerOf('Bill Clinton spoke on Monday. Later, Clinton adviser Dick Morris resigned.');
    expect(layer.actors.map((a) => a.name)).toContain('Bill Clinton');
    expect(layer.actors.map((a) => a.name)).toContain('Dick Morris');
  });
});
