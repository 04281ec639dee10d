// A streaming GraphML writer for the actor graph (graphology-graphml only parses): yields the
// document in small chunks, so a response never needs the whole file in one buffer.

import type { ActorGraph } from '../graph/actor-graph.js';
import { countOf } from '../graph/actor-graph.js';
import { escapeXml } from './xml.js';

const KEYS = [
  ['name', 'node', 'string'], ['type', 'node', 'string'], ['statements', 'node', 'int'], ['targeted', 'node', 'int'],
  ['family', 'edge', 'string'], ['kind', 'edge', 'string'], ['weight', 'edge', 'double'],
] as const;

const data = (key: string, value: string | number): string => `<data key="${key}">${escapeXml(value)}</data>`;

/** GraphML for Gephi, yEd or networkx: actors with name, type and counts; edges with kind and weight. */
export function* graphmlChunks(graph: ActorGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, domain, type] of KEYS) {
    yield `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '  <graph id="whosaid" edgedefault="directed">\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node)}">${data('name', a.name)}${data('type', a.type)}`
      + `${data('statements', countOf(a.spoken))}${data('targeted', countOf(a.targeted))}</node>\n`;
  }
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`
      + `${data('family', a.family)}${data('kind', a.kind)}${data('weight', a.weight)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
