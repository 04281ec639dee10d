// The actor graph as JSON in graphology's serialisation format (graph.import() reads it back),
// yielded one node or edge at a time so large graphs stream.

import type { ActorGraph } from '../graph/actor-graph.js';

/** `{ options, attributes, nodes: [{key, attributes}], edges: [{key, source, target, attributes}] }` in chunks. */
export function* graphJsonChunks(graph: ActorGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: edge, source, target, attributes })}`;
    first = false;
  }
  yield '\n]}\n';
}
