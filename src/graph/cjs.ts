// graphology's algorithm packages are CommonJS with `module.exports = fn`; under NodeNext the
// default import is that function at run time but typed as the module. One place fixes the types.

import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import gexfModule from 'graphology-gexf';

export const louvain = louvainModule as unknown as typeof louvainModule.default;
export const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
export const betweenness = betweennessModule as unknown as typeof betweennessModule.default;
export const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
export const gexf = gexfModule as unknown as { write: typeof gexfModule.write };
export { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
